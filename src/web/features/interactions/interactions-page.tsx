import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'nhsuk-react-components';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { codingReducer, initialCoding, type CodingAction, type KeyCommand } from '../../../core/interaction';
import { useProblems } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { SectionTop, type Notice } from '../../components/section-top';
import { useFamilyRecord } from '../family/record-context';
import { serverProblems } from '../risks/form-helpers';
import { announce } from './announce';
import { interactionKeys, listInteractions, recordInteraction, type RecordInteraction } from './api';
import { CoderPanel } from './coder-panel';
import { CoderSetup, type CodingSetup } from './coder-setup';
import { CodingReview, NOTES_ID } from './coding-review';
import { EditForm } from './edit-form';
import { InteractionHistory } from './history';
import { MetricHelp } from './metric-help';
import { useCodingKeys } from './use-coding-keys';
import './interactions.css';

/** The coder's clock: monotonic, unaffected by the computer's clock being changed. */
const now = () => performance.now();

/**
 * A family's coded interactions: a keyboard coder for a live or recorded interaction (bids,
 * responses, mismatches and repairs, with pause and undo), a review before saving, and the family's
 * observations compared over time.
 */
export function InteractionsPage() {
  const record = useFamilyRecord();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: interactionKeys.list(record.id), queryFn: () => listInteractions(record.id) });
  const form = useProblems();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [setup, setSetup] = useState<CodingSetup | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [coding, dispatchCoding] = useReducer(codingReducer, initialCoding);
  // Each change re-creates the live region's text, so the same words twice are still spoken twice.
  const [said, setSaid] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const returnFocus = useRef(false);
  usePageTitle(`Interactions: ${record.name}`, form.hasProblems);

  const dispatch = useCallback((action: CodingAction) => {
    dispatchCoding(action);
    setSaid((n) => n + 1);
  }, []);
  const onCommand = useCallback(
    (command: KeyCommand) => {
      if (command.type === 'code') dispatch({ type: 'event', code: command.code, now: now() });
      else if (command.type === 'undo') dispatch({ type: 'undo' });
      else dispatch({ type: 'toggle-pause', now: now() });
    },
    [dispatch],
  );
  const active = setup !== null && (coding.status === 'running' || coding.status === 'paused');
  useCodingKeys(active, onCommand);

  // While a coding is under way, leaving or reloading the page would lose it: the browser asks first.
  useEffect(() => {
    if (setup === null) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [setup]);

  useEffect(() => {
    if (setup !== null || choosing || !returnFocus.current) return;
    document.getElementById('code-interaction')?.focus();
    returnFocus.current = false;
  }, [setup, choosing]);

  const data = list.data;
  const who = (s: CodingSetup) =>
    `${data?.carers.find((c) => c.id === s.carerId)?.name ?? 'the carer'} with ${
      data?.babies.find((b) => b.id === s.childId)?.name ?? 'the baby'
    }`;

  const close = (focusButton: boolean) => {
    form.clear();
    setSetup(null);
    setChoosing(false);
    dispatch({ type: 'reset' });
    returnFocus.current = focusButton;
  };

  const save = useMutation({
    mutationFn: (input: RecordInteraction) => recordInteraction(record.id, input),
    onSuccess: (saved) => {
      close(false);
      setNotice({
        heading: 'Observation saved',
        text: `${saved.carer.name} with ${saved.child.name}: it is now in the list below.`,
        key: Date.now(),
      });
      void queryClient.invalidateQueries({ queryKey: interactionKeys.list(record.id) });
    },
    onError: (error) => {
      setNotice(null);
      form.show(serverProblems(error, { notes: NOTES_ID }, NOTES_ID));
    },
  });

  const canWrite = data?.canWrite === true;
  const canCode = data !== undefined && data.canWrite && data.carers.length > 0 && data.babies.length > 0;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full haven-interactions">
        <SectionTop form={form} notice={notice} caption={record.name} title="Interactions" />
        <div className="nhsuk-u-visually-hidden" aria-live="polite" aria-atomic="true">
          <span key={said}>{announce(coding.notice)}</span>
        </div>
        <p className="nhsuk-body haven-measure">
          Code a carer and baby’s interaction as it happens, or from a recording: each time the baby reaches out (a
          bid), how the carer answers, and how they get back in tune after a mismatch (a repair). Haven works out how
          often bids are met in tune, how many mismatches are repaired, and how quickly.
        </p>

        {setup === null && !choosing && canCode ? (
          <Button
            type="button"
            id="code-interaction"
            onClick={() => {
              form.clear();
              setNotice(null);
              setEditing(null);
              setChoosing(true);
            }}
          >
            Code an interaction
          </Button>
        ) : null}
        {canWrite && !canCode ? (
          <p className="nhsuk-body">
            To code an interaction the record needs a carer and a baby who has been born. Add them under Overview.
          </p>
        ) : null}
        {data && !canWrite ? (
          <p className="nhsuk-body">This family has been discharged: its observations can be read but not added to.</p>
        ) : null}

        {choosing && setup === null && data ? (
          <CoderSetup
            people={data}
            form={form}
            onCancel={() => close(true)}
            onStart={(s) => {
              setSetup(s);
              setChoosing(false);
              dispatch({ type: 'start', now: now() });
            }}
          />
        ) : null}

        {setup !== null && coding.status !== 'finished' && coding.status !== 'ready' ? (
          <CoderPanel
            state={coding}
            now={now}
            who={who(setup)}
            onCode={(code) => dispatch({ type: 'event', code, now: now() })}
            onTogglePause={() => dispatch({ type: 'toggle-pause', now: now() })}
            onUndo={() => dispatch({ type: 'undo' })}
            onFinish={() => dispatch({ type: 'finish', now: now() })}
          />
        ) : null}

        {setup !== null && coding.status === 'finished' && coding.durationMs !== null ? (
          <CodingReview
            who={who(setup)}
            events={coding.events}
            durationMs={coding.durationMs}
            form={form}
            pending={save.isPending}
            onDiscard={() => close(true)}
            onSave={(notes) => {
              save.mutate({
                childId: setup.childId,
                carerId: setup.carerId,
                observedOn: setup.observedOn,
                source: setup.source,
                ...(setup.context ? { context: setup.context } : {}),
                durationMs: coding.durationMs ?? 1,
                events: coding.events,
                ...(notes ? { notes } : {}),
              });
            }}
          />
        ) : null}

        <h2 className="nhsuk-heading-m">Observations over time</h2>
        {list.isPending ? <p className="nhsuk-body">Loading the observations…</p> : null}
        {list.isError ? <p className="nhsuk-body">The observations could not be loaded: {list.error.message}</p> : null}
        {data && data.observations.length === 0 ? (
          <p className="nhsuk-body">No interactions have been coded for this family yet.</p>
        ) : null}
        {data && data.observations.length > 0 ? (
          <>
            <MetricHelp />
            <InteractionHistory
              observations={data.observations}
              actions={
                canWrite && setup === null && !choosing
                  ? (o) =>
                      editing === o.id ? (
                        <EditForm
                          observation={o}
                          form={form}
                          onSaved={() => {
                            form.clear();
                            setEditing(null);
                            setNotice({
                              heading: 'Observation changed',
                              text: 'The context and notes are saved.',
                              key: Date.now(),
                            });
                            void queryClient.invalidateQueries({ queryKey: interactionKeys.list(record.id) });
                          }}
                          onStale={() =>
                            void queryClient.invalidateQueries({ queryKey: interactionKeys.list(record.id) })
                          }
                          onCancel={() => {
                            form.clear();
                            setEditing(null);
                            window.setTimeout(() => document.getElementById(`edit-${o.id}`)?.focus());
                          }}
                        />
                      ) : (
                        <Button
                          type="button"
                          secondary
                          id={`edit-${o.id}`}
                          onClick={() => {
                            form.clear();
                            setNotice(null);
                            setEditing(o.id);
                          }}
                        >
                          Change context or notes
                        </Button>
                      )
                  : undefined
              }
            />
          </>
        ) : null}
      </div>
    </div>
  );
}
