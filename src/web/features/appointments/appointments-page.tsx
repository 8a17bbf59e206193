import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useFamilyRecord } from '../family/record-context';

/** Appointments (to be built). */
export function AppointmentsPage() {
  const record = useFamilyRecord();
  usePageTitle(`Appointments: ${record.name}`);
  return <PageHeading caption={record.name}>Appointments</PageHeading>;
}
