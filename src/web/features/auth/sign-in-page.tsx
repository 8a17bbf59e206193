import { useMutation } from '@tanstack/react-query';
import { Button, PasswordInput, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isBlank, problemsFrom, useProblems, type Problem } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { LoadingPage } from '../../app/status-pages';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { SuccessBanner } from '../../components/success-banner';
import { signIn } from './api';
import { nextStep, useReloadSession, useSession } from './use-session';

type LocationState = { from?: string; notice?: string; email?: string } | null;

export function SignInPage() {
  const location = useLocation();
  const state = location.state as LocationState;
  const navigate = useNavigate();
  const { data: session, isPending } = useSession();
  const reloadSession = useReloadSession();
  const [email, setEmail] = useState(state?.email ?? '');
  const [password, setPassword] = useState('');
  const form = useProblems();
  usePageTitle('Sign in', form.hasProblems);

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async () => {
      const next = await reloadSession();
      await navigate(nextStep(next, state?.from ?? '/'), { replace: true });
    },
    onError: (error) => {
      setPassword('');
      form.show(problemsFrom(error, ['email', 'password'], 'email'));
    },
  });

  if (isPending) return <LoadingPage />;
  // Already signed in: carry on. (Half-way through two-factor, they may start again here.)
  if (session && !session.twoFactorPending && !mutation.isPending && !mutation.isSuccess)
    return <Navigate to={nextStep(session)} replace />;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems: Problem[] = [];
    if (isBlank(email)) problems.push({ field: 'email', message: 'Enter your email address' });
    if (password === '') problems.push({ field: 'password', message: 'Enter your password' });
    if (problems.length > 0) return form.show(problems);
    form.clear();
    mutation.mutate({ email: email.trim(), password });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        {state?.notice && !form.hasProblems ? <SuccessBanner heading={state.notice} focus={false} /> : null}
        <PageHeading>Sign in</PageHeading>
        <p className="nhsuk-body">Sign in with the email address and password of your Haven account.</p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="email"
            name="email"
            type="email"
            label="Email address"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={form.errorFor('email')}
          />
          <PasswordInput
            id="password"
            name="password"
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={form.errorFor('password')}
          />
          <Button type="submit">{mutation.isPending ? 'Signing in…' : 'Sign in'}</Button>
        </form>
        <p className="nhsuk-body">
          If you have forgotten your password or cannot sign in, ask your service admin for help.
        </p>
      </div>
    </div>
  );
}
