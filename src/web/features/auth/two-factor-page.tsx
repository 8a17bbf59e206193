import { useMutation } from '@tanstack/react-query';
import { Button } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { problemsFrom, useProblems } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { LoadingPage } from '../../app/status-pages';
import { CodeInput, codeProblem } from '../../components/code-input';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { verifyTwoFactor } from './api';
import { nextStep, useReloadSession, useSession } from './use-session';

/** The second step of signing in for people who have set up two-factor sign-in. */
export function TwoFactorPage() {
  const navigate = useNavigate();
  const { data: session, isPending } = useSession();
  const reloadSession = useReloadSession();
  const [code, setCode] = useState('');
  const form = useProblems();
  usePageTitle('Enter your security code', form.hasProblems);

  const mutation = useMutation({
    mutationFn: verifyTwoFactor,
    onSuccess: async () => {
      await navigate(nextStep(await reloadSession()), { replace: true });
    },
    onError: (error) => {
      setCode('');
      form.show(problemsFrom(error, ['code'], 'code'));
    },
  });

  if (isPending) return <LoadingPage />;
  if (!session?.twoFactorPending && !mutation.isPending && !mutation.isSuccess) {
    return <Navigate to={nextStep(session ?? null)} replace />;
  }

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problem = codeProblem(code);
    if (problem) return form.show([{ field: 'code', message: problem }]);
    form.clear();
    mutation.mutate(code.trim());
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        <PageHeading>Enter your security code</PageHeading>
        <p className="nhsuk-body">
          Open the authenticator app you set up for Haven and enter the 6-digit code it shows now.
        </p>
        <form onSubmit={submit} noValidate>
          <CodeInput id="code" label="Security code" value={code} onChange={setCode} error={form.errorFor('code')} />
          <Button type="submit">Continue</Button>
        </form>
        <p className="nhsuk-body">If you cannot use your authenticator app, ask your service admin for help.</p>
        <p className="nhsuk-body">
          <Link to="/sign-in">Sign in as someone else</Link>
        </p>
      </div>
    </div>
  );
}
