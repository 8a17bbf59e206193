import { useQuery } from '@tanstack/react-query';
import { Table } from 'nhsuk-react-components';
import { Link, useLocation } from 'react-router';
import { formatDate, plural, readableDates } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { SuccessBanner } from '../../components/success-banner';
import { useSession } from '../auth/use-session';
import { PriorityTag } from '../referrals/tags';
import { familyKeys, getWaitingList } from './api';
import { WaitTime } from './wait-tags';

/** What the allocation page hands back when it is done. */
export type WaitingListState = { notice?: string } | null;

/** Families accepted and waiting for a practitioner: by priority, then the longest wait first. */
export function WaitingListPage() {
  usePageTitle('Waiting list');
  const { data: session } = useSession();
  const notice = (useLocation().state as WaitingListState)?.notice;
  const list = useQuery({ queryKey: familyKeys.waiting, queryFn: getWaitingList });
  return (
    <>
      {notice ? <SuccessBanner heading={notice} /> : null}
      <PageHeading caption={session?.service?.name}>Waiting list</PageHeading>
      {list.isPending ? <p className="nhsuk-body">Loading the waiting list…</p> : null}
      {list.isError ? <p className="nhsuk-body">The waiting list could not be loaded: {list.error.message}</p> : null}
      {list.data ? (
        <>
          <p className="nhsuk-body">
            Target: <strong>{plural(list.data.targetWeeks, 'week')}</strong> from referral to allocation.{' '}
            {plural(list.data.families.length, 'family', 'families')} waiting, most urgent first, then the longest wait.
          </p>
          {list.data.families.length > 0 ? (
            <Table responsive caption="Families waiting" captionProps={{ className: 'nhsuk-u-visually-hidden' }}>
              <Table.Head>
                <Table.Row>
                  <Table.Cell>Priority</Table.Cell>
                  <Table.Cell>Family</Table.Cell>
                  <Table.Cell>Reference</Table.Cell>
                  <Table.Cell>Referred</Table.Cell>
                  <Table.Cell>Waiting</Table.Cell>
                  <Table.Cell>
                    <span className="nhsuk-u-visually-hidden">Actions</span>
                  </Table.Cell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {list.data.families.map((f) => (
                  <Table.Row key={f.id}>
                    <Table.Cell>
                      <PriorityTag priority={f.priority} />
                    </Table.Cell>
                    <Table.Cell>
                      <Link to={`/families/${f.id}`}>{readableDates(f.name)}</Link>
                    </Table.Cell>
                    <Table.Cell className="haven-nowrap">{f.reference}</Table.Cell>
                    <Table.Cell className="haven-nowrap">{formatDate(f.referralDate, 'short')}</Table.Cell>
                    <Table.Cell>
                      <WaitTime days={f.daysWaiting} band={f.waitBand} />
                    </Table.Cell>
                    <Table.Cell>
                      <Link to={`/waiting-list/${f.id}/allocate`}>
                        Allocate<span className="nhsuk-u-visually-hidden"> {f.name}</span>
                      </Link>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <p className="nhsuk-body">No families are waiting.</p>
          )}
        </>
      ) : null}
    </>
  );
}
