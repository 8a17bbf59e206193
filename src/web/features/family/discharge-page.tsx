import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useFamilyRecord } from './record-context';

/** Discharge (to be built). */
export function DischargePage() {
  const record = useFamilyRecord();
  usePageTitle(`Discharge: ${record.name}`);
  return <PageHeading caption={record.name}>Discharge</PageHeading>;
}
