import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useFamilyRecord } from './record-context';

/** Who has looked at this record (to be built). */
export function AccessLogPage() {
  const record = useFamilyRecord();
  usePageTitle(`Who has looked at this record: ${record.name}`);
  return <PageHeading caption={record.name}>Who has looked at this record</PageHeading>;
}
