import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../../core/referral-options';
import { plural } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../auth/use-session';
import { listQueue, referralKeys, type QueueFilter } from './api';
import { QueueFilters } from './queue-filters';
import { QueueTable } from './queue-table';

const FILTERS = ['status', 'source', 'eligibility', 'flagged'] as const;

/** The triage queue: referrals waiting for a decision, oldest first, with filters in the address. */
export function QueuePage() {
  usePageTitle('Referrals');
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const filter: QueueFilter = Object.fromEntries(
    FILTERS.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : [])),
  );
  const queue = useQuery({ queryKey: referralKeys.queue(filter), queryFn: () => listQueue(filter) });

  const apply = (next: QueueFilter) =>
    setParams(Object.fromEntries(Object.entries(next).filter((e): e is [string, string] => Boolean(e[1]))));

  const status = filter.status as ReferralStatus | undefined;
  const what = status ? `with the status ${REFERRAL_STATUSES[status].toLowerCase()}` : 'waiting for a decision';
  return (
    <>
      <PageHeading caption={session?.service?.name}>Referrals</PageHeading>
      <p className="nhsuk-body">Referrals from parents and professionals, oldest first.</p>
      <QueueFilters filter={filter} onApply={apply} />
      {queue.isPending ? <p className="nhsuk-body">Loading referrals…</p> : null}
      {queue.isError ? <p className="nhsuk-body">The referrals could not be loaded: {queue.error.message}</p> : null}
      {queue.data ? (
        <>
          <p className="nhsuk-body" role="status">
            {plural(queue.data.length, 'referral')} {what}
            {Object.keys(filter).some((k) => k !== 'status') ? ' (filtered)' : ''}.
          </p>
          {queue.data.length > 0 ? <QueueTable items={queue.data} /> : null}
        </>
      ) : null}
    </>
  );
}
