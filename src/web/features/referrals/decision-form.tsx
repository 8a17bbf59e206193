import { useMutation } from '@tanstack/react-query';
import { Button, Radios, Select, Textarea, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { PRIORITIES, PRIORITY_CODES, type Priority } from '../../../core/referral-options';
import { problemsFrom, type FormProblems, type Problem } from '../../app/forms';
import { decideReferral, type Decision, type DecisionAnswer, type TriageOptions } from './api';

type Kind = Decision['decision'];

const DECISIONS: Record<Kind, string> = {
  accept: 'Accept onto the waiting list',
  decline: 'Decline',
  signpost: 'Signpost to another service',
  'request-info': 'Ask for more information',
};
const FIELDS = ['decision', 'priority', 'reasonCode', 'signpostTo', 'note'] as const;
const ELSEWHERE = '__elsewhere';

type Props = {
  referralId: string;
  version: number;
  options: TriageOptions;
  form: FormProblems;
  onDecided: (answer: DecisionAnswer, decision: Decision) => void;
  onFailed: (error: unknown, problems: Problem[]) => void;
};

/**
 * The triage decision. Someone else may decide first: the API then refuses (409) and what was
 * typed here stays, so nothing is lost while the page is reloaded.
 */
export function DecisionForm({ referralId, version, options, form, onDecided, onFailed }: Props) {
  const [kind, setKind] = useState<Kind | ''>('');
  const [priority, setPriority] = useState<Priority | ''>('');
  const [reasonCode, setReasonCode] = useState('');
  const [signpost, setSignpost] = useState('');
  const [elsewhere, setElsewhere] = useState('');
  const [note, setNote] = useState('');

  const mutation = useMutation({
    mutationFn: (decision: Decision) => decideReferral(referralId, decision),
    onSuccess: onDecided,
    onError: (error) => onFailed(error, problemsFrom(error, FIELDS, 'decision')),
  });

  const signpostTo = signpost === ELSEWHERE ? elsewhere.trim() : signpost;
  const build = (): Decision | Problem[] => {
    const trimmed = note.trim() || undefined;
    if (kind === 'accept')
      return priority
        ? { decision: kind, version, priority, note: trimmed }
        : [{ field: 'priority', message: 'Choose a priority' }];
    if (kind === 'decline')
      return reasonCode
        ? { decision: kind, version, reasonCode, note: trimmed }
        : [{ field: 'reasonCode', message: 'Choose a reason for declining' }];
    if (kind === 'signpost')
      return signpostTo
        ? { decision: kind, version, signpostTo, note: trimmed }
        : [
            {
              field: signpost === ELSEWHERE ? 'signpostTo' : 'signpost',
              message: 'Say where the family was signposted',
            },
          ];
    if (kind === 'request-info')
      return trimmed
        ? { decision: kind, version, note: trimmed }
        : [{ field: 'note', message: 'Say what information is needed' }];
    return [{ field: 'decision', message: 'Choose a decision' }];
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const decision = build();
    if (Array.isArray(decision)) return form.show(decision);
    if (note.length > 2000)
      return form.show([{ field: 'note', message: 'The note must be 2,000 characters or fewer' }]);
    form.clear();
    mutation.mutate(decision);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Radios
        name="decision"
        legend="What is your decision?"
        legendProps={{ size: 's' }}
        error={form.errorFor('decision')}
      >
        {(Object.keys(DECISIONS) as Kind[]).map((k, i) => (
          <Radios.Item
            key={k}
            id={i === 0 ? 'decision' : `decision-${k}`}
            value={k}
            checked={kind === k}
            onChange={() => setKind(k)}
          >
            {DECISIONS[k]}
          </Radios.Item>
        ))}
      </Radios>
      {kind === 'accept' ? (
        <Radios name="priority" legend="Priority" legendProps={{ size: 's' }} error={form.errorFor('priority')}>
          {PRIORITY_CODES.map((p, i) => (
            <Radios.Item
              key={p}
              id={i === 0 ? 'priority' : `priority-${p}`}
              value={p}
              checked={priority === p}
              onChange={() => setPriority(p)}
            >
              {PRIORITIES[p]}
            </Radios.Item>
          ))}
        </Radios>
      ) : null}
      {kind === 'decline' ? (
        <Select
          id="reasonCode"
          name="reasonCode"
          label="Reason"
          labelProps={{ size: 's' }}
          value={reasonCode}
          onChange={(e) => setReasonCode(e.currentTarget.value)}
          error={form.errorFor('reasonCode')}
        >
          <Select.Option value="">Choose a reason</Select.Option>
          {options.declineReasons.map((r) => (
            <Select.Option key={r.code} value={r.code}>
              {r.label}
            </Select.Option>
          ))}
        </Select>
      ) : null}
      {kind === 'signpost' ? (
        <>
          <Select
            id="signpost"
            name="signpost"
            label="Signposted to"
            labelProps={{ size: 's' }}
            value={signpost}
            onChange={(e) => setSignpost(e.currentTarget.value)}
            error={form.errorFor('signpost')}
          >
            <Select.Option value="">Choose a service</Select.Option>
            {options.signposts.map((s) => (
              <Select.Option key={s.name} value={s.name}>
                {s.name}
              </Select.Option>
            ))}
            <Select.Option value={ELSEWHERE}>Somewhere else</Select.Option>
          </Select>
          {signpost === ELSEWHERE ? (
            <TextInput
              id="signpostTo"
              name="signpostTo"
              label="Name of the service"
              labelProps={{ size: 's' }}
              value={elsewhere}
              onChange={(e) => setElsewhere(e.currentTarget.value)}
              error={form.errorFor('signpostTo')}
            />
          ) : null}
        </>
      ) : null}
      <Textarea
        id="note"
        name="note"
        label={kind === 'request-info' ? 'What information is needed?' : 'Note (optional)'}
        labelProps={{ size: 's' }}
        hint="Kept in the referral's history. Colleagues who triage referrals can read it."
        rows={4}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={form.errorFor('note')}
      />
      <Button type="submit">{mutation.isPending ? 'Saving…' : 'Save decision'}</Button>
    </form>
  );
}
