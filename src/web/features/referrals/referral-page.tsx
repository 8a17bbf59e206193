import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, InsetText } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { OPEN_STATUSES, PRIORITIES, REFERRAL_STATUSES } from '../../../core/referral-options';
import { isApiError } from '../../app/api-client';
import { useProblems, type Problem } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { LoadingPage, NotFoundPage } from '../../app/status-pages';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { SuccessBanner } from '../../components/success-banner';
import { getReferral, getTriageOptions, referralKeys, type Decision, type DecisionAnswer } from './api';
import { DecisionForm } from './decision-form';
import { Duplicates } from './duplicates';
import { ReferralDetails } from './referral-details';
import { ReferralHistory } from './referral-history';
import { EligibilityTag, Flags, StatusTag } from './tags';

type Notice = { heading: string; text: string; key: number };

const DECIDED: Record<Decision['decision'], string> = {
  accept: 'Referral accepted',
  decline: 'Referral declined',
  signpost: 'Referral signposted',
  'request-info': 'More information requested',
};

/** One referral: what was sent, eligibility, possible duplicates, the decision and its history. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const referral = useQuery({ queryKey: referralKeys.one(id), queryFn: () => getReferral(id) });
  const options = useQuery({ queryKey: referralKeys.options, queryFn: getTriageOptions, staleTime: 60_000 });
  const form = useProblems();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [conflict, setConflict] = useState(false);
  usePageTitle(referral.data ? `Referral ${referral.data.reference}` : 'Referral', form.hasProblems);

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: referralKeys.one(id) });
  };
  const done = async (heading: string, text: string) => {
    form.clear();
    setConflict(false);
    setNotice({ heading, text, key: Date.now() });
    await queryClient.invalidateQueries({ queryKey: referralKeys.all });
  };
  const failed = (error: unknown, problems: Problem[]) => {
    setNotice(null);
    form.show(problems);
    setConflict(isApiError(error, 409));
    if (isApiError(error, 412)) void reload(); // already decided: show what is there now
  };
  const decided = (answer: DecisionAnswer, decision: Decision) =>
    done(
      DECIDED[decision.decision],
      decision.decision === 'accept'
        ? `The family is now on the waiting list, priority: ${PRIORITIES[decision.priority].toLowerCase()}.`
        : `The referral's status is now: ${REFERRAL_STATUSES[answer.status]}.`,
    );

  if (referral.isPending) return <LoadingPage />;
  if (referral.isError) {
    if (isApiError(referral.error, 404)) return <NotFoundPage />;
    return <p className="nhsuk-body">The referral could not be loaded: {referral.error.message}</p>;
  }
  const r = referral.data;
  const open = OPEN_STATUSES.includes(r.status);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        {conflict ? (
          <Button type="button" secondary onClick={() => void reload().then(() => setConflict(false))}>
            Reload the referral
          </Button>
        ) : null}
        {notice ? (
          <SuccessBanner key={notice.key} heading={notice.heading}>
            <p className="nhsuk-body">{notice.text}</p>
          </SuccessBanner>
        ) : null}
        <p className="nhsuk-body-s">
          <Link to="/referrals">All referrals</Link>
        </p>
        <PageHeading caption={r.parent}>Referral {r.reference}</PageHeading>
        <p className="haven-tags nhsuk-u-margin-bottom-4">
          <StatusTag status={r.status} />
          <EligibilityTag eligibility={r.eligibility} />
          <Flags immediateRisk={r.immediateRisk} duplicates={r.possibleDuplicates} />
        </p>
        {r.mergedInto ? (
          <p className="nhsuk-body">
            This referral was merged: <Link to={`/referrals/${r.mergedInto}`}>see the referral it was merged into</Link>
            .
          </p>
        ) : null}
        {r.eligibilityReasons.length > 0 ? (
          <InsetText>
            <h2 className="nhsuk-heading-s">Eligibility</h2>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {r.eligibilityReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </InsetText>
        ) : null}
        <ReferralDetails referral={r} />
        {r.duplicates.length > 0 ? (
          <>
            <h2 className="nhsuk-heading-m">Possible duplicates</h2>
            <Duplicates
              referralId={r.id}
              version={r.version}
              duplicates={r.duplicates}
              open={open}
              onMerged={(into) =>
                void done(`Referral merged into ${into.reference}`, 'Nothing was deleted: its history is kept.')
              }
              onFailed={failed}
            />
          </>
        ) : null}
        {open && options.data ? (
          <>
            <h2 className="nhsuk-heading-m">Decision</h2>
            <DecisionForm
              referralId={r.id}
              version={r.version}
              options={options.data}
              form={form}
              onDecided={(answer, decision) => void decided(answer, decision)}
              onFailed={failed}
            />
          </>
        ) : null}
        <h2 className="nhsuk-heading-m">History</h2>
        <ReferralHistory events={r.history} options={options.data} />
      </div>
    </div>
  );
}
