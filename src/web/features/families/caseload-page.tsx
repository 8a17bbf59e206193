import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { plural } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../auth/use-session';
import { MeasureAlertsCallout } from '../measure-links/alerts-callout';
import { familyKeys, listCaseload } from './api';
import { CaseloadTable } from './caseload-table';

/** The families allocated to the person signed in. */
export function CaseloadPage() {
  usePageTitle('Your caseload');
  const { data: session } = useSession();
  const caseload = useQuery({ queryKey: familyKeys.caseload, queryFn: listCaseload });
  return (
    <>
      <PageHeading caption={session?.service?.name}>Your caseload</PageHeading>
      <MeasureAlertsCallout />
      {session?.service?.role === 'manager' ? (
        <p className="nhsuk-body">
          <Link to="/caseloads">See every practitioner&apos;s caseload</Link>
        </p>
      ) : null}
      {caseload.isPending ? <p className="nhsuk-body">Loading your caseload…</p> : null}
      {caseload.isError ? (
        <p className="nhsuk-body">Your caseload could not be loaded: {caseload.error.message}</p>
      ) : null}
      {caseload.data ? (
        caseload.data.length === 0 ? (
          <p className="nhsuk-body">No families are allocated to you at the moment.</p>
        ) : (
          <>
            <p className="nhsuk-body">
              {plural(caseload.data.length, 'family', 'families')} allocated to you, as practitioner or co-worker.
            </p>
            <CaseloadTable families={caseload.data} caption="Families allocated to you" />
          </>
        )
      ) : null}
    </>
  );
}
