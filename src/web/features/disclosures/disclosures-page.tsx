import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useFamilyRecord } from '../family/record-context';

/** Disclosures (to be built). */
export function DisclosuresPage() {
  const record = useFamilyRecord();
  usePageTitle(`Disclosures: ${record.name}`);
  return <PageHeading caption={record.name}>Disclosures</PageHeading>;
}
