import { useMutation } from '@tanstack/react-query';
import { Radios } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { todayInLondon } from '../../../core/dates';
import { RISK_LEVELS, RISK_TYPE_CODES, RISK_TYPES, type RiskType } from '../../../core/family-options';
import type { Problem } from '../../app/forms';
import { formatDate } from '../../app/format';
import { DateField, dateFieldTarget, EMPTY_DATE } from '../../components/date-field';
import { fromIsoDate, toIsoDate } from '../refer/date-parts';
import { raiseRisk, type RaiseRisk, type RiskLevel } from './api';
import type { Feedback } from '../../app/section-forms';
import { FocusHeading } from './focus-heading';
import { dateProblems, serverProblems, textProblems } from './form-helpers';
import { LevelRadios, ReviewDateField, RiskFormButtons, SummaryField } from './risk-fields';

const ID = {
  type: 'raise-type',
  level: 'raise-level',
  summary: 'raise-summary',
  raisedOn: 'raise-raisedOn',
  reviewOn: 'raise-reviewOn',
} as const;
const SERVER_FIELDS = {
  type: ID.type,
  level: ID.level,
  summary: ID.summary,
  raisedOn: dateFieldTarget(ID.raisedOn),
  reviewOn: dateFieldTarget(ID.reviewOn),
};

type Props = {
  familyId: string;
  /** Safeguarding is offered only to those who may see safeguarding flags. */
  seeSafeguarding: boolean;
  feedback: Feedback;
  onCancel: () => void;
};

/** Raising a flag: what kind, how serious, what it is, and when it must be looked at again. */
export function RaiseForm({ familyId, seeSafeguarding, feedback, onCancel }: Props) {
  const { form } = feedback;
  const [type, setType] = useState<RiskType | ''>('');
  const [level, setLevel] = useState<RiskLevel | ''>('');
  const [summary, setSummary] = useState('');
  const [raisedOn, setRaisedOn] = useState(() => fromIsoDate(todayInLondon()));
  const [reviewOn, setReviewOn] = useState(EMPTY_DATE);
  const types = RISK_TYPE_CODES.filter((t) => seeSafeguarding || t !== 'safeguarding');

  const mutation = useMutation({
    mutationFn: (input: RaiseRisk) => raiseRisk(familyId, input),
    onSuccess: (flag) =>
      feedback.done(
        'Risk flag raised',
        `${RISK_TYPES[flag.type]}, ${RISK_LEVELS[flag.level].toLowerCase()}: it now shows at the top of the record. Review by ${formatDate(flag.reviewOn)}.`,
      ),
    onError: (error) => feedback.failed(error, serverProblems(error, SERVER_FIELDS, ID.type)),
  });

  const check = (): Problem[] => {
    const problems: Problem[] = [];
    if (!type) problems.push({ field: ID.type, message: 'Choose the kind of risk' });
    if (!level) problems.push({ field: ID.level, message: 'Choose high, medium or low' });
    problems.push(...textProblems(ID.summary, summary, 'Describe the risk', 2000));
    problems.push(
      ...dateProblems(ID.raisedOn, raisedOn, {
        what: 'The date raised',
        required: 'Enter the date raised',
        notFuture: true,
      }),
    );
    const reviewProblems = dateProblems(ID.reviewOn, reviewOn, {
      what: 'The review date',
      required: 'Enter the review date',
    });
    problems.push(...reviewProblems);
    const raised = toIsoDate(raisedOn);
    const review = toIsoDate(reviewOn);
    if (reviewProblems.length === 0 && raised && review && review < raised)
      problems.push({
        field: dateFieldTarget(ID.reviewOn),
        message: 'The review date must be on or after the date raised',
      });
    return problems;
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems = check();
    if (problems.length > 0 || !type || !level) return form.show(problems);
    form.clear();
    mutation.mutate({
      type,
      level,
      summary: summary.trim(),
      raisedOn: toIsoDate(raisedOn) ?? undefined,
      reviewOn: toIsoDate(reviewOn) ?? '',
    });
  };

  return (
    <form onSubmit={submit} noValidate className="haven-risk-form">
      <FocusHeading className="nhsuk-heading-m">Raise a risk flag</FocusHeading>
      <Radios
        name={ID.type}
        legend="What kind of risk is it?"
        legendProps={{ size: 's' }}
        error={form.errorFor(ID.type)}
      >
        {types.map((t, i) => (
          <Radios.Item
            key={t}
            id={i === 0 ? ID.type : `${ID.type}-${t}`}
            value={t}
            checked={type === t}
            onChange={() => setType(t)}
            hint={t === 'safeguarding' ? "Seen only by the family's allocated practitioners and managers" : undefined}
          >
            {RISK_TYPES[t]}
          </Radios.Item>
        ))}
      </Radios>
      <LevelRadios
        id={ID.level}
        legend="How serious is it?"
        value={level}
        onChange={setLevel}
        error={form.errorFor(ID.level)}
      />
      <SummaryField
        id={ID.summary}
        hint="What the risk is, who is at risk, and what is in place to manage it."
        value={summary}
        onChange={setSummary}
        error={form.errorFor(ID.summary)}
      />
      <DateField
        id={ID.raisedOn}
        legend="Date raised"
        hint="For example, 15 3 2026"
        value={raisedOn}
        onChange={setRaisedOn}
        error={form.errorFor(dateFieldTarget(ID.raisedOn))}
      />
      <ReviewDateField
        id={ID.reviewOn}
        legend="Review by"
        lead="When the flag must next be looked at"
        value={reviewOn}
        onChange={setReviewOn}
        error={form.errorFor(dateFieldTarget(ID.reviewOn))}
      />
      <RiskFormButtons label="Raise flag" pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
