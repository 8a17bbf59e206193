import { useMutation } from '@tanstack/react-query';
import { Button } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { problemsFrom, type FormProblems } from '../../app/forms';
import { CodeInput, codeProblem } from '../../components/code-input';
import { useReloadSession } from '../auth/use-session';
import { confirmEnrolment, groupSecret, startEnrolment } from './api';

type Props = { email: string; form: FormProblems; onDone: () => void };

/** Setting up two-factor sign-in: a new secret for the app, then a code to prove it works. */
export function TwoFactorSetup({ email, form, onDone }: Props) {
  const reloadSession = useReloadSession();
  const [code, setCode] = useState('');
  const showProblems = form.show;

  const start = useMutation({
    mutationFn: startEnrolment,
    onError: async (error) => {
      showProblems(problemsFrom(error, []));
      await reloadSession(); // e.g. it was set up in another tab meanwhile
    },
  });
  const confirm = useMutation({
    mutationFn: confirmEnrolment,
    onSuccess: async () => {
      form.clear();
      await reloadSession();
      onDone();
    },
    onError: (error) => {
      setCode('');
      showProblems(problemsFrom(error, ['code'], 'code'));
    },
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (confirm.isPending) return; // already on its way
    const problem = codeProblem(code);
    if (problem) return showProblems([{ field: 'code', message: problem }]);
    form.clear();
    confirm.mutate(code.trim());
  };

  const enrolment = start.data;
  if (!enrolment) {
    return (
      <>
        <p className="nhsuk-body">
          With two-factor sign-in, signing in needs your password and a 6-digit code from an authenticator app on your
          phone (such as Microsoft Authenticator or Google Authenticator). It keeps the information in Haven safe even
          if someone learns your password.
        </p>
        <Button
          type="button"
          onClick={() => {
            if (!start.isPending) start.mutate();
          }}
        >
          Set up two-factor sign-in
        </Button>
      </>
    );
  }

  return (
    <>
      <ol className="nhsuk-list nhsuk-list--number">
        <li>
          <p className="nhsuk-body">Open your authenticator app and add an account by scanning this QR code:</p>
          <img
            className="haven-qr-code"
            src={enrolment.qrCode}
            width={220}
            height={220}
            alt={`QR code to add your Haven account (${email}) to an authenticator app`}
          />
        </li>
        <li>
          <p className="nhsuk-body">
            If you cannot scan the code, enter this setup key in the app instead (time-based):
          </p>
          <p className="nhsuk-body">
            <span className="haven-copyable haven-secret" data-testid="two-factor-secret">
              {groupSecret(enrolment.secret)}
            </span>
          </p>
        </li>
        <li>
          <p className="nhsuk-body">Enter the 6-digit code the app now shows for Haven.</p>
          <form onSubmit={submit} noValidate>
            <CodeInput
              id="code"
              label="Code from your authenticator app"
              value={code}
              onChange={setCode}
              error={form.errorFor('code')}
            />
            <Button type="submit">Confirm and turn on</Button>
          </form>
        </li>
      </ol>
    </>
  );
}
