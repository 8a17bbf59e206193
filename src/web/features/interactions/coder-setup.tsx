import { Button, Radios, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { todayInLondon } from '../../../core/dates';
import type { FormProblems, Problem } from '../../app/forms';
import { DateField, dateFieldTarget, type DateParts } from '../../components/date-field';
import { fromIsoDate, toIsoDate } from '../refer/date-parts';
import { FocusHeading } from '../risks/focus-heading';
import { dateProblems, textProblems } from '../risks/form-helpers';
import type { InteractionList, InteractionSource } from './api';

/** Who and what is being coded: fixed before the clock starts. */
export type CodingSetup = {
  carerId: string;
  childId: string;
  source: InteractionSource;
  context: string;
  observedOn: string;
};

export const SETUP_ID = {
  carerId: 'coding-carer',
  childId: 'coding-baby',
  source: 'coding-source',
  context: 'coding-context',
  observedOn: 'coding-observedOn',
} as const;

type Props = {
  people: Pick<InteractionList, 'carers' | 'babies'>;
  form: FormProblems;
  onStart: (setup: CodingSetup) => void;
  onCancel: () => void;
};

/** Choosing the carer and baby, live or recording, and the context; then Start. */
export function CoderSetup({ people, form, onStart, onCancel }: Props) {
  const only = (list: { id: string }[]) => (list.length === 1 ? (list[0]?.id ?? '') : '');
  const [carerId, setCarerId] = useState(() => only(people.carers));
  const [childId, setChildId] = useState(() => only(people.babies));
  const [source, setSource] = useState<InteractionSource | ''>('');
  const [context, setContext] = useState('');
  const [observedOn, setObservedOn] = useState<DateParts>(() => fromIsoDate(todayInLondon()));

  const check = (): Problem[] => [
    ...(carerId ? [] : [{ field: SETUP_ID.carerId, message: 'Choose the carer' }]),
    ...(childId ? [] : [{ field: SETUP_ID.childId, message: 'Choose the baby' }]),
    ...(source ? [] : [{ field: SETUP_ID.source, message: 'Say whether you are coding live or from a recording' }]),
    ...textProblems(SETUP_ID.context, context, undefined, 200),
    ...dateProblems(SETUP_ID.observedOn, observedOn, {
      what: 'The date observed',
      required: 'Enter the date observed',
      notFuture: true,
    }),
  ];

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const problems = check();
    const iso = toIsoDate(observedOn);
    if (problems.length > 0 || !source || !iso) return form.show(problems);
    form.clear();
    onStart({ carerId, childId, source, context: context.trim(), observedOn: iso });
  };

  return (
    <form onSubmit={submit} noValidate className="haven-coder-setup">
      <FocusHeading>Code an interaction</FocusHeading>
      <Radios
        name={SETUP_ID.carerId}
        legend="Carer"
        legendProps={{ size: 's' }}
        error={form.errorFor(SETUP_ID.carerId)}
      >
        {people.carers.map((c, i) => (
          <Radios.Item
            key={c.id}
            id={i === 0 ? SETUP_ID.carerId : `${SETUP_ID.carerId}-${c.id}`}
            value={c.id}
            checked={carerId === c.id}
            onChange={() => setCarerId(c.id)}
          >
            {c.name}
          </Radios.Item>
        ))}
      </Radios>
      <Radios name={SETUP_ID.childId} legend="Baby" legendProps={{ size: 's' }} error={form.errorFor(SETUP_ID.childId)}>
        {people.babies.map((b, i) => (
          <Radios.Item
            key={b.id}
            id={i === 0 ? SETUP_ID.childId : `${SETUP_ID.childId}-${b.id}`}
            value={b.id}
            checked={childId === b.id}
            onChange={() => setChildId(b.id)}
          >
            {b.name}
          </Radios.Item>
        ))}
      </Radios>
      <Radios
        name={SETUP_ID.source}
        legend="How are you coding it?"
        legendProps={{ size: 's' }}
        error={form.errorFor(SETUP_ID.source)}
        inline
      >
        <Radios.Item id={SETUP_ID.source} value="live" checked={source === 'live'} onChange={() => setSource('live')}>
          Live
        </Radios.Item>
        <Radios.Item
          id={`${SETUP_ID.source}-recording`}
          value="recording"
          checked={source === 'recording'}
          onChange={() => setSource('recording')}
        >
          From a recording
        </Radios.Item>
      </Radios>
      <TextInput
        id={SETUP_ID.context}
        name={SETUP_ID.context}
        label="Context (optional)"
        labelProps={{ size: 's' }}
        hint="What they were doing, for example a feed, a nappy change or play on the mat"
        autoComplete="off"
        value={context}
        onChange={(e) => setContext(e.currentTarget.value)}
        error={form.errorFor(SETUP_ID.context)}
      />
      <DateField
        id={SETUP_ID.observedOn}
        legend="Date observed"
        hint="For a recording, the day it was made. For example, 15 3 2026"
        value={observedOn}
        onChange={setObservedOn}
        error={form.errorFor(dateFieldTarget(SETUP_ID.observedOn))}
      />
      <div className="nhsuk-button-group">
        <Button type="submit">Start coding</Button>
        <Button type="button" secondary onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
