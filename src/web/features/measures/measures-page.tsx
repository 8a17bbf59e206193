import { PageHeading } from '../../components/page-heading';

/** A family's outcome measures. */
export function MeasuresPage() {
  return <PageHeading>Measures</PageHeading>;
}
