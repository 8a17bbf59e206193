import { PageHeading } from '../../components/page-heading';

/** An admin's page for loading licensed measure wording. */
export function MeasureTextsPage() {
  return <PageHeading>Measure wording</PageHeading>;
}
