import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useFamilyRecord } from './record-context';

/** Overview (to be built). */
export function OverviewPage() {
  const record = useFamilyRecord();
  usePageTitle(`Overview: ${record.name}`);
  return <PageHeading caption={record.name}>Overview</PageHeading>;
}
