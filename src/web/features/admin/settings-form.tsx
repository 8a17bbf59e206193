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
  const [teamCaseloadsVisible, setTeamCaseloadsVisible] = useState(settings.teamCaseloadsVisible);

  const mutation = useMutation({
    mutationFn: updateSettings,
    onSuccess: async (updated) => {
      queryClient.setQueryData(adminKeys.settings, updated);
      feedback.done('Settings saved', <p className="nhsuk-body">{describeSettings(updated)}</p>);
      await reloadSession(); // the two-factor rule applies to the admin too
    },
    onError: (error) => {
      feedback.failed(problemsFrom(error, ['requireTwoFactor', 'teamCaseloadsVisible'], 'requireTwoFactor'));
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: adminKeys.settings });
    },
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    mutation.mutate({ version: settings.version, requireTwoFactor, teamCaseloadsVisible });
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
      <Checkboxes
        name="teamCaseloadsVisible"
        legend="Family records"
        legendProps={{ size: 's' }}
        error={form.errorFor('teamCaseloadsVisible')}
      >
        <Checkboxes.Item
          id="teamCaseloadsVisible"
          value="yes"
          checked={teamCaseloadsVisible}
          onChange={(e) => setTeamCaseloadsVisible(e.currentTarget.checked)}
          hint="For teams that cover for each other. Every opening of a record is recorded, and managers can see who has looked."
        >
          Practitioners can open every family in the team, not only those allocated to them
        </Checkboxes.Item>
      </Checkboxes>
      <Button type="submit">Save settings</Button>
    </form>
  );
}

/** The settings as they now are, in one sentence each. */
function describeSettings(s: ServiceSettings): string {
  return [
    s.requireTwoFactor
      ? 'Every member of this service must now use two-factor sign-in.'
      : 'Two-factor sign-in is optional in this service.',
    s.teamCaseloadsVisible
      ? 'Practitioners can open every family in the team.'
      : 'Practitioners can open only the families allocated to them.',
  ].join(' ');
}
