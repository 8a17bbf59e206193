import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useFamilyRecord } from '../family/record-context';

/** Case notes (to be built). */
export function NotesPage() {
  const record = useFamilyRecord();
  usePageTitle(`Case notes: ${record.name}`);
  return <PageHeading caption={record.name}>Case notes</PageHeading>;
}
