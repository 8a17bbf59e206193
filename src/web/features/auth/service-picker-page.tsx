import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Radios } from 'nhsuk-react-components';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../../core/roles';
import { problemsFrom, useProblems } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { LoadingPage } from '../../app/status-pages';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { chooseService } from './api';
import { nextStep, sessionKey, useReloadSession, useSession } from './use-session';

/** Choosing the service to work in: automatic with one, a choice with several. */
export function ServicePickerPage() {
  const { data: session } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const reloadSession = useReloadSession();
  const [choice, setChoice] = useState(session?.service?.id ?? '');
  const form = useProblems();
  const services = session?.services ?? [];
  const switching = Boolean(session?.service);
  usePageTitle(
    services.length === 0 ? 'You are not a member of any service' : switching ? 'Switch service' : 'Choose a service',
    form.hasProblems,
  );

  const mutation = useMutation({
    mutationFn: chooseService,
    onSuccess: async () => {
      // Everything cached belonged to the previous service.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      await navigate(nextStep(await reloadSession()), { replace: true });
    },
    onError: (error) => form.show(problemsFrom(error, ['serviceId'], 'serviceId')),
  });

  const only = services.length === 1 && !switching ? services[0] : undefined;
  const autoChosen = useRef(false);
  const { mutate } = mutation;
  useEffect(() => {
    if (!only || autoChosen.current) return;
    autoChosen.current = true;
    mutate(only.id);
  }, [only, mutate]);

  if (only && !mutation.isError) return <LoadingPage />;

  if (services.length === 0) {
    return (
      <>
        <PageHeading>You are not a member of any service</PageHeading>
        <p className="nhsuk-body">
          Your Haven account is not a member of any service at the moment, so there is nothing to show you here.
        </p>
        <p className="nhsuk-body">
          If you think you should be, ask the admin of your service to add you. Once they have, sign out and sign in
          again.
        </p>
      </>
    );
  }

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    if (!choice) return form.show([{ field: 'serviceId', message: 'Choose the service you want to work in' }]);
    form.clear();
    mutation.mutate(choice);
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        <form onSubmit={submit} noValidate>
          <Radios
            name="serviceId"
            legend={
              <PageHeading className="nhsuk-fieldset__heading">
                {switching ? 'Switch service' : 'Choose a service'}
              </PageHeading>
            }
            legendProps={{ size: 'l' }}
            hint="You are a member of more than one service. Choose the one to work in now; you can switch at any time."
            error={form.errorFor('serviceId')}
          >
            {services.map((s, i) => (
              <Radios.Item
                key={s.id}
                id={i === 0 ? 'serviceId' : `serviceId-${s.id}`}
                value={s.id}
                checked={choice === s.id}
                onChange={() => setChoice(s.id)}
                hint={`Your role: ${ROLE_LABELS[s.role]}`}
              >
                {s.name}
              </Radios.Item>
            ))}
          </Radios>
          <Button type="submit">Continue</Button>
        </form>
      </div>
    </div>
  );
}
