import { SummaryList, WarningCallout } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link } from 'react-router';
import { ROLE_LABELS } from '../../../core/roles';
import { useProblems } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { SuccessBanner } from '../../components/success-banner';
import { useSession } from '../auth/use-session';
import { TwoFactorSetup } from './two-factor-setup';

export function AccountPage() {
  const { data: session } = useSession();
  const form = useProblems();
  const [justEnrolled, setJustEnrolled] = useState(false);
  usePageTitle('Your account', form.hasProblems);
  if (!session) return null;
  const { user, service } = session;
  const blocked = Boolean(service?.requireTwoFactor && !session.twoFactorEnrolled);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        {justEnrolled ? (
          <SuccessBanner heading="Two-factor sign-in is set up">
            <p className="nhsuk-body">From now on, signing in will ask for a code from your authenticator app.</p>
            {service ? (
              <p className="nhsuk-body">
                <Link className="nhsuk-notification-banner__link" to="/">
                  Continue to {service.name}
                </Link>
              </p>
            ) : null}
          </SuccessBanner>
        ) : null}
        <PageHeading>Your account</PageHeading>
        {blocked && service ? (
          <WarningCallout>
            <WarningCallout.Heading headingLevel="h2">Important</WarningCallout.Heading>
            <p className="nhsuk-body">
              {service.name} requires two-factor sign-in. Set it up below to continue working in this service.
            </p>
          </WarningCallout>
        ) : null}
        <SummaryList>
          <SummaryList.Row>
            <SummaryList.Key>Name</SummaryList.Key>
            <SummaryList.Value>{user.displayName}</SummaryList.Value>
          </SummaryList.Row>
          <SummaryList.Row>
            <SummaryList.Key>Email address</SummaryList.Key>
            <SummaryList.Value>{user.email}</SummaryList.Value>
          </SummaryList.Row>
          {service ? (
            <SummaryList.Row>
              <SummaryList.Key>Role</SummaryList.Key>
              <SummaryList.Value>
                {ROLE_LABELS[service.role]} in {service.name}
              </SummaryList.Value>
            </SummaryList.Row>
          ) : null}
          <SummaryList.Row>
            <SummaryList.Key>Two-factor sign-in</SummaryList.Key>
            <SummaryList.Value>{session.twoFactorEnrolled ? 'On' : 'Not set up'}</SummaryList.Value>
          </SummaryList.Row>
        </SummaryList>
        <h2 className="nhsuk-heading-m">Two-factor sign-in</h2>
        {session.twoFactorEnrolled ? (
          <p className="nhsuk-body">
            Two-factor sign-in is on. When you sign in, you will be asked for a code from your authenticator app. If you
            lose access to the app, ask your service admin for help.
          </p>
        ) : (
          <TwoFactorSetup email={user.email} form={form} onDone={() => setJustEnrolled(true)} />
        )}
      </div>
    </div>
  );
}
