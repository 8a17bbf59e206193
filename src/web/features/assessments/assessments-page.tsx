import { PageHeading } from '../../components/page-heading';

/** A family's Secure Base reviews and attachment observations. */
export function AssessmentsPage() {
  return <PageHeading>Attachment assessments</PageHeading>;
}
