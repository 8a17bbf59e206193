import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { BackLink, Button } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../app/api-client';
import { useProblems } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { SuccessBanner } from '../../components/success-banner';
import { adminKeys } from '../admin/api';
import { useSession } from '../auth/use-session';
import { referralKeys } from '../referrals/api';
import { getReferralSettings, referralSettingsKey, saveReferralSettings } from './api';
import { ReferralSettingsForm } from './settings-form';
import { saveProblems } from './validate';

/** The service admin's referral settings: eligibility, sources, waits, help texts and triage lists. */
export function ReferralSettingsPage() {
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: referralSettingsKey, queryFn: getReferralSettings });
  const form = useProblems();
  const [saved, setSaved] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  usePageTitle('Referral settings', form.hasProblems);

  const mutation = useMutation({
    mutationFn: saveReferralSettings,
    onSuccess: async (updated) => {
      form.clear();
      setConflict(false);
      queryClient.setQueryData(referralSettingsKey, updated);
      setSaved(Date.now());
      // The service's version is shared with its other settings, and triage shows some of these.
      await queryClient.invalidateQueries({ queryKey: adminKeys.settings });
      await queryClient.invalidateQueries({ queryKey: referralKeys.options });
    },
    onError: (error) => {
      setSaved(null);
      form.show(saveProblems(error));
      // Someone else saved meanwhile: keep what was typed here until the admin chooses to reload.
      setConflict(isApiError(error, 409));
    },
  });

  const reload = async () => {
    form.clear();
    setConflict(false);
    await queryClient.invalidateQueries({ queryKey: referralSettingsKey });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to="/admin">
          Service admin
        </BackLink>
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        {conflict ? (
          <Button type="button" secondary onClick={() => void reload()}>
            Reload the saved settings
          </Button>
        ) : null}
        {saved ? <SuccessBanner key={saved} heading="Referral settings saved" /> : null}
        <PageHeading caption={session?.service?.name}>Referral settings</PageHeading>
        {settings.isPending ? <p className="nhsuk-body">Loading the settings…</p> : null}
        {settings.isError ? (
          <p className="nhsuk-body">The settings could not be loaded: {settings.error.message}</p>
        ) : null}
        {settings.data ? (
          // A new version (saved here, or reloaded after someone else saved) starts the form afresh.
          <ReferralSettingsForm
            key={settings.data.version}
            settings={settings.data}
            form={form}
            saving={mutation.isPending}
            onSave={(s) => mutation.mutate(s)}
            onInvalid={(problems) => {
              setSaved(null);
              form.show(problems);
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
