import { useMutation } from '@tanstack/react-query';
import { Button, Select, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import {
  LINK_DAYS_DEFAULT,
  MEASURES,
  QUESTIONNAIRE_IDS,
  TIMEPOINT_CODES,
  TIMEPOINTS,
  type Timepoint,
} from '../../../core/measures/catalogue';
import type { MeasureId } from '../../../core/measures/types';
import { problemsFrom, type FormProblems, type Problem } from '../../app/forms';
import { createLink, type MeasureLink } from './api';

export const LINK_FIELDS = {
  personId: 'link-person',
  measureId: 'link-measure',
  timepoint: 'link-timepoint',
  days: 'link-days',
} as const;

type Props = {
  familyId: string;
  carers: { id: string; name: string }[];
  form: FormProblems;
  onCreated: (created: { link: MeasureLink; url: string }) => void;
};

/** Choosing who completes which questionnaire, at which time point, and for how long the link stays open. */
export function LinkForm({ familyId, carers, form, onCreated }: Props) {
  const [personId, setPersonId] = useState(carers.length === 1 ? (carers[0]?.id ?? '') : '');
  const [measureId, setMeasureId] = useState<MeasureId | ''>('');
  const [timepoint, setTimepoint] = useState<Timepoint | ''>('');
  const [days, setDays] = useState(String(LINK_DAYS_DEFAULT));

  const mutation = useMutation({
    mutationFn: (input: { personId: string; measureId: MeasureId; timepoint: Timepoint; days: number }) =>
      createLink(familyId, input),
    onSuccess: onCreated,
    onError: (error) =>
      form.show(
        problemsFrom(error, Object.keys(LINK_FIELDS), 'measureId').map((p) => ({
          ...p,
          field: p.field ? (LINK_FIELDS as Record<string, string>)[p.field] : undefined,
        })),
      ),
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems: Problem[] = [];
    if (!personId) problems.push({ field: LINK_FIELDS.personId, message: 'Choose the parent or carer' });
    if (!measureId) problems.push({ field: LINK_FIELDS.measureId, message: 'Choose the questionnaire' });
    if (!timepoint) problems.push({ field: LINK_FIELDS.timepoint, message: 'Choose the time point' });
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 28)
      problems.push({ field: LINK_FIELDS.days, message: 'Enter a whole number of days from 1 to 28' });
    if (problems.length > 0 || !measureId || !timepoint) return form.show(problems);
    form.clear();
    mutation.mutate({ personId, measureId, timepoint, days: n });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Select
        id={LINK_FIELDS.personId}
        label="Parent or carer who will complete it"
        value={personId}
        onChange={(e) => setPersonId(e.currentTarget.value)}
        error={form.errorFor(LINK_FIELDS.personId)}
      >
        <Select.Option value="">Choose</Select.Option>
        {carers.map((c) => (
          <Select.Option key={c.id} value={c.id}>
            {c.name}
          </Select.Option>
        ))}
      </Select>
      <Select
        id={LINK_FIELDS.measureId}
        label="Questionnaire"
        value={measureId}
        onChange={(e) => setMeasureId(e.currentTarget.value as MeasureId)}
        error={form.errorFor(LINK_FIELDS.measureId)}
      >
        <Select.Option value="">Choose</Select.Option>
        {QUESTIONNAIRE_IDS.map((id) => (
          <Select.Option key={id} value={id}>
            {MEASURES[id].name}
          </Select.Option>
        ))}
      </Select>
      <Select
        id={LINK_FIELDS.timepoint}
        label="Time point"
        value={timepoint}
        onChange={(e) => setTimepoint(e.currentTarget.value as Timepoint)}
        error={form.errorFor(LINK_FIELDS.timepoint)}
      >
        <Select.Option value="">Choose</Select.Option>
        {TIMEPOINT_CODES.map((t) => (
          <Select.Option key={t} value={t}>
            {TIMEPOINTS[t]}
          </Select.Option>
        ))}
      </Select>
      <TextInput
        id={LINK_FIELDS.days}
        name={LINK_FIELDS.days}
        label="Days the link stays open"
        hint="From 1 to 28. After that it no longer works, and you can send a new one."
        inputMode="numeric"
        width={2}
        value={days}
        onChange={(e) => setDays(e.currentTarget.value)}
        error={form.errorFor(LINK_FIELDS.days)}
      />
      <Button type="submit" disabled={mutation.isPending}>
        Create the link
      </Button>
    </form>
  );
}
