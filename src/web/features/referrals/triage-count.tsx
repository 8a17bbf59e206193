import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { plural } from '../../app/format';
import { listQueue, referralKeys } from './api';

/** How many referrals wait for a decision, for the home page of people who triage. */
export function TriageCount() {
  const queue = useQuery({ queryKey: referralKeys.queue({}), queryFn: () => listQueue({}) });
  if (!queue.data) return null;
  const n = queue.data.length;
  const risk = queue.data.filter((r) => r.immediateRisk).length;
  return (
    <p className="nhsuk-body">
      <Link to="/referrals">
        {n === 0
          ? 'No referrals are waiting for a decision'
          : `${plural(n, 'referral')} ${n === 1 ? 'is' : 'are'} waiting for a decision`}
      </Link>
      {risk > 0 ? `, ${risk} with someone at immediate risk` : ''}.
    </p>
  );
}
