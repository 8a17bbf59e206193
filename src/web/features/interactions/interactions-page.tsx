import { PageHeading } from '../../components/page-heading';

/** A family's coded interaction observations. */
export function InteractionsPage() {
  return <PageHeading>Interactions</PageHeading>;
}
