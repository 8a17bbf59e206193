import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useFamilyRecord } from '../family/record-context';

/** Risks (to be built). */
export function RisksPage() {
  const record = useFamilyRecord();
  usePageTitle(`Risks: ${record.name}`);
  return <PageHeading caption={record.name}>Risks</PageHeading>;
}
