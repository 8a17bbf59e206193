import { useQuery } from '@tanstack/react-query';
import { Table } from 'nhsuk-react-components';
import { formatDay, plural, readableDates } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../auth/use-session';
import { PriorityTag } from '../referrals/tags';
import { familyKeys, listCaseload } from './api';

/** The families allocated to the person signed in. */
export function CaseloadPage() {
  usePageTitle('Your caseload');
  const { data: session } = useSession();
  const caseload = useQuery({ queryKey: familyKeys.caseload, queryFn: listCaseload });
  return (
    <>
      <PageHeading caption={session?.service?.name}>Your caseload</PageHeading>
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
            <Table
              responsive
              caption="Families allocated to you"
              captionProps={{ className: 'nhsuk-u-visually-hidden' }}
            >
              <Table.Head>
                <Table.Row>
                  <Table.Cell>Family</Table.Cell>
                  <Table.Cell>Reference</Table.Cell>
                  <Table.Cell>Priority</Table.Cell>
                  <Table.Cell>Allocated</Table.Cell>
                  <Table.Cell>Practitioner</Table.Cell>
                  <Table.Cell>Co-worker</Table.Cell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {caseload.data.map((f) => (
                  <Table.Row key={f.id}>
                    <Table.Cell>{readableDates(f.name)}</Table.Cell>
                    <Table.Cell className="haven-nowrap">{f.reference}</Table.Cell>
                    <Table.Cell>
                      <PriorityTag priority={f.priority} />
                    </Table.Cell>
                    <Table.Cell className="haven-nowrap">
                      {f.allocatedAt ? formatDay(f.allocatedAt, 'short') : 'Not recorded'}
                    </Table.Cell>
                    <Table.Cell>{f.practitioner?.name}</Table.Cell>
                    <Table.Cell>{f.coWorker?.name ?? 'None'}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </>
        )
      ) : null}
    </>
  );
}
