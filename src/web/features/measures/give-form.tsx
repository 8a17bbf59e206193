import { useMutation } from '@tanstack/react-query';
import { Radios } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { todayInLondon } from '../../../core/dates';
import { MEASURES, TIMEPOINT_CODES, TIMEPOINTS, type Timepoint } from '../../../core/measures/catalogue';
import { answerCount, itemScore, scoreMeasure } from '../../../core/measures/score';
import type { MeasureId } from '../../../core/measures/types';
import type { Problem } from '../../app/forms';
import { DateField, dateFieldTarget } from '../../components/date-field';
import { fromIsoDate, toIsoDate } from '../refer/date-parts';
import type { Feedback } from '../../app/section-forms';
import { FocusHeading } from '../risks/focus-heading';
import { dateProblems, serverProblems } from '../risks/form-helpers';
import { RiskFormButtons as FormButtons } from '../risks/risk-fields';
import { giveMeasure, type FamilyPerson, type GiveMeasure, type MeasureView } from './api';
import { LicenceNote } from './series-view';

const ID = {
  measure: 'give-measure',
  person: 'give-person',
  timepoint: 'give-timepoint',
  completedOn: 'give-completedOn',
} as const;
const itemId = (i: number) => `give-item-${String(i)}`;
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];

type Props = {
  familyId: string;
  measures: MeasureView[];
  carers: FamilyPerson[];
  feedback: Feedback;
  onCancel: () => void;
};

/**
 * Giving a measure: which one, to whom, when; then each item as a question with its printed
 * answers, and a running total from the same engine the server scores with.
 */
export function GiveForm({ familyId, measures, carers, feedback, onCancel }: Props) {
  const { form } = feedback;
  const [measureId, setMeasureId] = useState<MeasureId | ''>('');
  const [personId, setPersonId] = useState(carers.length === 1 ? (carers[0]?.id ?? '') : '');
  const [timepoint, setTimepoint] = useState<Timepoint | ''>('');
  const [completedOn, setCompletedOn] = useState(() => fromIsoDate(todayInLondon()));
  const [responses, setResponses] = useState<(number | null)[]>([]);
  const view = measures.find((m) => m.id === measureId);
  const def = measureId ? MEASURES[measureId] : undefined;

  const serverFields: Record<string, string> = {
    measureId: ID.measure,
    personId: ID.person,
    timepoint: ID.timepoint,
    completedOn: dateFieldTarget(ID.completedOn),
    responses: itemId(0),
    ...Object.fromEntries((view?.items ?? []).map((_, i) => [`responses.${String(i)}`, itemId(i)])),
  };

  const mutation = useMutation({
    mutationFn: (input: GiveMeasure) => giveMeasure(familyId, input),
    onSuccess: (r) => {
      const name = MEASURES[r.measureId].shortName;
      const alert =
        r.criticalItems.length > 0 ? ' A critical answer was given: the alert is at the top of the page.' : '';
      feedback.done(
        `${name} recorded`,
        `Total ${r.total === null ? 'not scored' : String(r.total)}${r.band ? ` (${r.band})` : ''} at ${TIMEPOINTS[r.timepoint].toLowerCase()}.${alert}`,
      );
    },
    onError: (error) => feedback.failed(error, serverProblems(error, serverFields, ID.measure)),
  });

  const chooseMeasure = (id: MeasureId) => {
    setMeasureId(id);
    setResponses(Array.from({ length: MEASURES[id].items.length }, () => null));
  };
  const answer = (i: number, position: number) => setResponses((rs) => rs.map((r, j) => (j === i ? position : r)));

  const check = (): Problem[] => {
    const problems: Problem[] = [];
    if (!measureId) problems.push({ field: ID.measure, message: 'Choose a measure' });
    if (!personId) problems.push({ field: ID.person, message: 'Choose the parent or carer the measure is about' });
    if (!timepoint) problems.push({ field: ID.timepoint, message: 'Choose when the measure was given' });
    problems.push(
      ...dateProblems(ID.completedOn, completedOn, {
        what: 'The date completed',
        required: 'Enter the date completed',
        notFuture: true,
      }),
    );
    if (def) {
      const missing = responses.flatMap((r, i) => (r === null ? [i] : []));
      if (missing.length > def.missing.maxMissing) {
        const rule =
          def.missing.maxMissing === 0
            ? `${def.shortName} needs every item answered`
            : `${def.shortName} can be scored with at most ${String(def.missing.maxMissing)} missing`;
        for (const i of missing)
          problems.push({ field: itemId(i), message: `Item ${String(i + 1)}: choose an answer (${rule})` });
      }
    }
    return problems;
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems = check();
    if (problems.length > 0 || !measureId || !timepoint) return form.show(problems);
    form.clear();
    mutation.mutate({ measureId, personId, timepoint, completedOn: toIsoDate(completedOn) ?? '', responses });
  };

  const preview = def && responses.some((r) => r !== null) ? scoreMeasure(def, responses) : null;
  const answered = responses.filter((r) => r !== null).length;

  return (
    <form onSubmit={submit} noValidate className="haven-measure-form">
      <FocusHeading>Give a measure</FocusHeading>
      <Radios name={ID.measure} legend="Which measure?" legendProps={{ size: 's' }} error={form.errorFor(ID.measure)}>
        {measures.map((m, i) => (
          <Radios.Item
            key={m.id}
            id={i === 0 ? ID.measure : `${ID.measure}-${m.id}`}
            value={m.id}
            checked={measureId === m.id}
            onChange={() => chooseMeasure(m.id)}
            hint={m.purpose}
          >
            {m.shortName}
          </Radios.Item>
        ))}
      </Radios>
      <Radios name={ID.person} legend="Who is it about?" legendProps={{ size: 's' }} error={form.errorFor(ID.person)}>
        {carers.map((p, i) => (
          <Radios.Item
            key={p.id}
            id={i === 0 ? ID.person : `${ID.person}-${p.id}`}
            value={p.id}
            checked={personId === p.id}
            onChange={() => setPersonId(p.id)}
          >
            {p.name}
          </Radios.Item>
        ))}
      </Radios>
      <Radios
        name={ID.timepoint}
        legend="When in the work?"
        legendProps={{ size: 's' }}
        error={form.errorFor(ID.timepoint)}
      >
        {TIMEPOINT_CODES.map((t, i) => (
          <Radios.Item
            key={t}
            id={i === 0 ? ID.timepoint : `${ID.timepoint}-${t}`}
            value={t}
            checked={timepoint === t}
            onChange={() => setTimepoint(t)}
          >
            {TIMEPOINTS[t]}
          </Radios.Item>
        ))}
      </Radios>
      <DateField
        id={ID.completedOn}
        legend="Date completed"
        hint="For example, 15 3 2026"
        value={completedOn}
        onChange={setCompletedOn}
        error={form.errorFor(dateFieldTarget(ID.completedOn))}
      />

      {view && def ? (
        <>
          <h3 className="nhsuk-heading-s">{view.name}</h3>
          {view.wording === 'not-loaded' ? (
            <div className="nhsuk-inset-text">
              <p className="nhsuk-body">
                Haven does not hold the {view.shortName} wording: this service has not loaded it under its own licence.
                For each item, record which printed answer was ticked on the paper form (first to{' '}
                {ORDINALS[answerCount(def) - 1]?.toLowerCase()}). Haven applies the scoring key, including the items
                scored in reverse.
              </p>
            </div>
          ) : view.instructions ? (
            <p className="nhsuk-body">{view.instructions}</p>
          ) : null}
          {view.items.map((item, i) => {
            const labels =
              item.answers ?? Array.from({ length: answerCount(def) }, (_, p) => ORDINALS[p] ?? String(p + 1));
            const legend = item.text
              ? `${String(item.number)}. ${item.text}`
              : `Item ${String(item.number)}: which answer was ticked?`;
            const defItem = def.items[i];
            const chosen = responses[i];
            const critical =
              defItem?.critical && chosen !== null && chosen !== undefined
                ? itemScore(def, defItem, chosen) >= defItem.critical.atLeast
                : false;
            return (
              <Radios
                key={item.number}
                name={itemId(i)}
                legend={legend}
                legendProps={{ size: 's' }}
                error={form.errorFor(itemId(i))}
              >
                {labels.map((label, p) => (
                  <Radios.Item
                    key={label}
                    id={p === 0 ? itemId(i) : `${itemId(i)}-${String(p)}`}
                    value={String(p)}
                    checked={chosen === p}
                    onChange={() => answer(i, p)}
                  >
                    {label}
                  </Radios.Item>
                ))}
                {critical && defItem?.critical ? (
                  <p className="haven-critical-note" role="status">
                    <strong>Item {item.number}</strong> ({defItem.critical.reason.toLowerCase()}): the allocated
                    practitioner will be alerted when this is saved.
                  </p>
                ) : null}
              </Radios>
            );
          })}
          <div className="haven-score-preview" aria-live="polite">
            <p className="nhsuk-body nhsuk-u-margin-bottom-0">
              {preview?.complete
                ? `Total so far: ${String(preview.total)}${preview.band ? ` (${preview.band})` : ''}${preview.prorated ? ', pro-rated' : ''}.`
                : `${String(answered)} of ${String(view.items.length)} items answered.`}
            </p>
          </div>
          <LicenceNote view={view} />
        </>
      ) : null}
      <FormButtons label="Save measure" pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
