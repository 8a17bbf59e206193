import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, PasswordInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api-client';
import { problemsFrom, useProblems, type Problem } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { LoadingPage } from '../../app/status-pages';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { signOut } from '../auth/api';
import { sessionKey } from '../auth/use-session';
import { acceptInvite, inviteKey, PASSWORD_MIN, readInvite, type Invitation } from './api';

/** Where someone invited to a service sets their password. */
export function InvitePage() {
  const { token = '' } = useParams();
  const invite = useQuery({ queryKey: inviteKey(token), queryFn: () => readInvite(token), retry: false });
  if (invite.isPending) return <LoadingPage />;
  if (invite.isError) return <InviteUnusable message={invite.error.message} notFound={isApiError(invite.error, 404)} />;
  return <SetPassword token={token} invitation={invite.data} />;
}

function InviteUnusable({ message, notFound }: { message: string; notFound: boolean }) {
  usePageTitle('This invitation link cannot be used');
  return (
    <>
      <PageHeading>This invitation link cannot be used</PageHeading>
      <p className="nhsuk-body">{notFound ? message : `The invitation could not be checked: ${message}`}</p>
    </>
  );
}

function SetPassword({ token, invitation }: { token: string; invitation: Invitation }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useProblems();
  usePageTitle('Create your password', form.hasProblems);

  const mutation = useMutation({
    mutationFn: (newPassword: string) => acceptInvite(token, newPassword),
    onSuccess: async () => {
      // Someone else signed in on this browser would otherwise be carried past the sign-in page.
      if (queryClient.getQueryData(sessionKey)) {
        await signOut();
        queryClient.clear();
        queryClient.setQueryData(sessionKey, null);
      }
      await navigate('/sign-in', {
        replace: true,
        state: { notice: 'Your password has been set. You can now sign in.', email: invitation.email },
      });
    },
    onError: (error) => form.show(problemsFrom(error, ['password'], 'password')),
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems: Problem[] = [];
    if (password === '') problems.push({ field: 'password', message: 'Enter a password' });
    else if (password.length < PASSWORD_MIN)
      problems.push({ field: 'password', message: `Password must be at least ${PASSWORD_MIN} characters` });
    if (confirmation === '') problems.push({ field: 'confirmation', message: 'Enter the password again' });
    else if (password !== '' && confirmation !== password)
      problems.push({ field: 'confirmation', message: 'The passwords do not match. Enter the same password twice' });
    if (problems.length > 0) return form.show(problems);
    form.clear();
    mutation.mutate(password);
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        <PageHeading>Create your password</PageHeading>
        <p className="nhsuk-lede-text">Welcome to Haven, {invitation.displayName}.</p>
        <p className="nhsuk-body">
          You have been invited to use Haven. You will sign in with your email address,{' '}
          <strong>{invitation.email}</strong>, and the password you create here.
        </p>
        <form onSubmit={submit} noValidate>
          {/* Lets password managers save the new password against the right account. */}
          <input type="text" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
          <PasswordInput
            id="password"
            name="password"
            label="Create a password"
            hint={`Use at least ${PASSWORD_MIN} characters. A few unrelated words together make a strong password that is easy to remember.`}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={form.errorFor('password')}
          />
          <PasswordInput
            id="confirmation"
            name="confirmation"
            label="Enter the password again"
            autoComplete="new-password"
            value={confirmation}
            onChange={(e) => setConfirmation(e.currentTarget.value)}
            error={form.errorFor('confirmation')}
          />
          <Button type="submit">Create password</Button>
        </form>
      </div>
    </div>
  );
}
