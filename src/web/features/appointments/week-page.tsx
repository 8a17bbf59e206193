import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';

/** A practitioner's week of appointments (to be built). */
export function WeekPage() {
  usePageTitle('Your week');
  return <PageHeading>Your week</PageHeading>;
}
