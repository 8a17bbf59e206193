import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkboxes } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { isApiError } from '../../app/api-client';
import { problemsFrom, type FormProblems } from '../../app/forms';
import { useReloadSession } from '../auth/use-session';
import { adminKeys, getSettings, updateSettings, type ServiceSettings } from './api';
import type { Feedback } from './feedback';

type Props = { form: FormProblems; feedback: Feedback; twoFactorEnrolled: boolean };

export function SettingsForm(props: Props) {
  const settings = useQuery({ queryKey: adminKeys.settings, queryFn: getSettings });
  if (settings.isPending) return <p className="nhsuk-body">Loading settings…</p>;
  if (settings.isError) return <p className="nhsuk-body">The settings could not be loaded: {settings.error.message}</p>;
  // A new version starts the form afresh from what is saved.
  return <SettingsFormFields key={settings.data.version} settings={settings.data} {...props} />;
}

function SettingsFormFields({ settings, form, feedback, twoFactorEnrolled }: Props & { settings: ServiceSettings }) {
  const queryClient = useQueryClient();
  const reloadSession = useReloadSession();
  const [requireTwoFactor, setRequireTwoFactor] = useState(settings.requireTwoFactor);

  const mutation = useMutation({
    mutationFn: updateSettings,
    onSuccess: async (updated) => {
      queryClient.setQueryData(adminKeys.settings, updated);
      feedback.done(
        updated.requireTwoFactor
          ? 'Every member of this service must now use two-factor sign-in'
          : 'Two-factor sign-in is now optional in this service',
      );
      await reloadSession(); // the rule applies to the admin too
    },
    onError: (error) => {
      feedback.failed(problemsFrom(error, ['requireTwoFactor'], 'requireTwoFactor'));
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: adminKeys.settings });
    },
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    mutation.mutate({ version: settings.version, requireTwoFactor });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Checkboxes
        name="requireTwoFactor"
        legend="Sign-in"
        legendProps={{ size: 's' }}
        error={form.errorFor('requireTwoFactor')}
      >
        <Checkboxes.Item
          id="requireTwoFactor"
          value="yes"
          checked={requireTwoFactor}
          onChange={(e) => setRequireTwoFactor(e.currentTarget.checked)}
          hint={
            twoFactorEnrolled
              ? 'Members who have not set it up will be asked to before they can continue.'
              : 'Members who have not set it up will be asked to before they can continue. That includes you: you have not set it up yet.'
          }
        >
          Require two-factor sign-in for every member of this service
        </Checkboxes.Item>
      </Checkboxes>
      <Button type="submit">Save settings</Button>
    </form>
  );
}
