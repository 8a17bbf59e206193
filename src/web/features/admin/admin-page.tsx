import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useProblems } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { SuccessBanner } from '../../components/success-banner';
import { useSession } from '../auth/use-session';
import { AddMemberForm } from './add-member-form';
import { adminKeys, listMembers } from './api';
import type { Feedback } from './feedback';
import { MembersTable } from './members-table';
import { SettingsForm } from './settings-form';

type Notice = { heading: string; body?: ReactNode; key: number };

/** The service admin's page: members and their roles, adding people, and service settings. */
export function AdminPage() {
  const { data: session } = useSession();
  const form = useProblems();
  const [notice, setNotice] = useState<Notice | null>(null);
  const members = useQuery({ queryKey: adminKeys.members, queryFn: listMembers });
  usePageTitle('Service admin', form.hasProblems);

  const feedback: Feedback = {
    done: (heading, body) => {
      form.clear();
      setNotice({ heading, body, key: Date.now() });
    },
    failed: (problems) => {
      setNotice(null);
      form.show(problems);
    },
  };

  if (!session?.service) return null;
  return (
    <>
      <ProblemSummary problems={form.problems} attempt={form.attempt} />
      {notice ? (
        <SuccessBanner key={notice.key} heading={notice.heading}>
          {notice.body}
        </SuccessBanner>
      ) : null}
      <PageHeading caption={session.service.name}>Service admin</PageHeading>

      <h2 className="nhsuk-heading-m">Members</h2>
      {members.isPending ? <p className="nhsuk-body">Loading members…</p> : null}
      {members.isError ? <p className="nhsuk-body">The members could not be loaded: {members.error.message}</p> : null}
      {members.data ? (
        <MembersTable members={members.data} currentUserId={session.user.id} form={form} feedback={feedback} />
      ) : null}

      <h2 className="nhsuk-heading-m">Add a member</h2>
      <AddMemberForm form={form} feedback={feedback} />

      <h2 className="nhsuk-heading-m">Settings</h2>
      <SettingsForm form={form} feedback={feedback} twoFactorEnrolled={session.twoFactorEnrolled} />

      <h2 className="nhsuk-heading-m">Referrals</h2>
      <p className="nhsuk-body">
        <Link to="/admin/referral-settings">Change the referral settings</Link>: who the service is for, which
        professionals can refer, the target wait, what the referral forms say, and the reasons for declining.
      </p>

      <h2 className="nhsuk-heading-m">Outcome measures</h2>
      <p className="nhsuk-body">
        <Link to="/admin/measure-wording">Load licensed measure wording</Link>: for measures such as the EPDS whose
        wording Haven cannot include, load your service&apos;s licensed copy.
      </p>
    </>
  );
}
