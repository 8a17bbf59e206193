import { useMutation } from '@tanstack/react-query';
import { Radios, Textarea } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { todayInLondon } from '../../../core/dates';
import { TIMEPOINT_CODES, TIMEPOINTS, type Timepoint } from '../../../core/measures/catalogue';
import type { Problem } from '../../app/forms';
import { DateField, dateFieldTarget } from '../../components/date-field';
import { fromIsoDate, toIsoDate } from '../refer/date-parts';
import type { Feedback } from '../../app/section-forms';
import { FocusHeading } from '../risks/focus-heading';
import { dateProblems, serverProblems, textProblems } from '../risks/form-helpers';
import { RiskFormButtons as FormButtons } from '../risks/risk-fields';
import { addGoal, changeGoal, rateGoals, type Goal } from './api';

const GOAL_HINT = "In the family's own words, up to 300 characters. For example, “To enjoy bath time together”.";

type Common = { feedback: Feedback; onCancel: () => void };

/** Setting a new goal with the family. */
export function AddGoalForm({ familyId, feedback, onCancel }: Common & { familyId: string }) {
  const { form } = feedback;
  const ID = { text: 'goal-text', setOn: 'goal-setOn' };
  const [text, setText] = useState('');
  const [setOn, setSetOn] = useState(() => fromIsoDate(todayInLondon()));
  const mutation = useMutation({
    mutationFn: () => addGoal(familyId, { text: text.trim(), setOn: toIsoDate(setOn) ?? undefined }),
    onSuccess: (g) => feedback.done('Goal set', `Goal ${String(g.slot)} is “${g.text}”.`),
    onError: (error) =>
      feedback.failed(error, serverProblems(error, { text: ID.text, setOn: dateFieldTarget(ID.setOn) }, ID.text)),
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems = [
      ...textProblems(ID.text, text, "Enter the goal in the family's own words", 300),
      ...dateProblems(ID.setOn, setOn, {
        what: 'The date set',
        required: 'Enter the date the goal was set',
        notFuture: true,
      }),
    ];
    if (problems.length > 0) return form.show(problems);
    form.clear();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="haven-measure-form">
      <FocusHeading level={3} className="nhsuk-heading-s">
        Set a goal
      </FocusHeading>
      <Textarea
        id={ID.text}
        name={ID.text}
        label="What is the goal?"
        labelProps={{ size: 's' }}
        hint={GOAL_HINT}
        rows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={form.errorFor(ID.text)}
      />
      <DateField
        id={ID.setOn}
        legend="Date set"
        value={setOn}
        onChange={setSetOn}
        error={form.errorFor(dateFieldTarget(ID.setOn))}
      />
      <FormButtons label="Set goal" pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}

/** Rewording a goal, or closing it (reached, replaced or no longer wanted), which frees its place. */
export function ChangeGoalForm({ goal, kind, feedback, onCancel }: Common & { goal: Goal; kind: 'reword' | 'close' }) {
  const { form } = feedback;
  const ID = { text: `goal-text-${goal.id}`, closedOn: `goal-closedOn-${goal.id}` };
  const [text, setText] = useState(goal.text);
  const [closedOn, setClosedOn] = useState(() => fromIsoDate(todayInLondon()));
  const mutation = useMutation({
    mutationFn: () =>
      changeGoal(goal.id, {
        version: goal.version,
        ...(kind === 'reword' ? { text: text.trim() } : { closedOn: toIsoDate(closedOn) ?? '' }),
      }),
    onSuccess: () =>
      feedback.done(
        kind === 'reword' ? 'Goal reworded' : 'Goal closed',
        kind === 'reword'
          ? 'Earlier ratings keep the wording they were given under.'
          : 'It is kept with its ratings, and its place is free for a new goal.',
      ),
    onError: (error) =>
      feedback.failed(error, serverProblems(error, { text: ID.text, closedOn: dateFieldTarget(ID.closedOn) }, ID.text)),
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems =
      kind === 'reword'
        ? textProblems(ID.text, text, "Enter the goal in the family's own words", 300)
        : dateProblems(ID.closedOn, closedOn, {
            what: 'The date closed',
            required: 'Enter the date closed',
            notFuture: true,
          });
    if (problems.length > 0) return form.show(problems);
    form.clear();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="haven-measure-form">
      <FocusHeading level={3} className="nhsuk-heading-s">
        {kind === 'reword' ? `Reword goal ${String(goal.slot)}` : `Close goal ${String(goal.slot)}`}
      </FocusHeading>
      {kind === 'reword' ? (
        <Textarea
          id={ID.text}
          name={ID.text}
          label="The goal"
          labelProps={{ size: 's' }}
          hint={GOAL_HINT}
          rows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={form.errorFor(ID.text)}
        />
      ) : (
        <DateField
          id={ID.closedOn}
          legend="Date closed"
          hint="The goal was reached, replaced or is no longer wanted"
          value={closedOn}
          onChange={setClosedOn}
          error={form.errorFor(dateFieldTarget(ID.closedOn))}
        />
      )}
      <FormButtons
        label={kind === 'reword' ? 'Save goal' : 'Close goal'}
        pending={mutation.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}

const RATINGS = Array.from({ length: 11 }, (_, i) => i);

/** Rating every open goal at a time point, 0 (not at all) to 10 (goal reached). */
export function RateGoalsForm({ familyId, goals, feedback, onCancel }: Common & { familyId: string; goals: Goal[] }) {
  const { form } = feedback;
  const ID = { timepoint: 'rate-timepoint', completedOn: 'rate-completedOn' };
  const ratingId = (g: Goal) => `rate-goal-${String(g.slot)}`;
  const [timepoint, setTimepoint] = useState<Timepoint | ''>('');
  const [completedOn, setCompletedOn] = useState(() => fromIsoDate(todayInLondon()));
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const mutation = useMutation({
    mutationFn: (tp: Timepoint) =>
      rateGoals(familyId, {
        timepoint: tp,
        completedOn: toIsoDate(completedOn) ?? '',
        ratings: goals.map((g) => ({ goalId: g.id, rating: ratings[g.id] ?? 0 })),
      }),
    onSuccess: (r) =>
      feedback.done('Goals rated', `Average rating ${String(r.total)} at ${TIMEPOINTS[r.timepoint].toLowerCase()}.`),
    onError: (error) =>
      feedback.failed(
        error,
        serverProblems(
          error,
          {
            timepoint: ID.timepoint,
            completedOn: dateFieldTarget(ID.completedOn),
            ...Object.fromEntries(goals.map((g, i) => [`ratings.${String(i)}.rating`, ratingId(g)])),
          },
          ID.timepoint,
        ),
      ),
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems: Problem[] = [];
    if (!timepoint) problems.push({ field: ID.timepoint, message: 'Choose when the goals were rated' });
    problems.push(
      ...dateProblems(ID.completedOn, completedOn, {
        what: 'The date rated',
        required: 'Enter the date rated',
        notFuture: true,
      }),
    );
    for (const g of goals)
      if (ratings[g.id] === undefined)
        problems.push({ field: ratingId(g), message: `Goal ${String(g.slot)}: choose a rating from 0 to 10` });
    if (problems.length > 0 || !timepoint) return form.show(problems);
    form.clear();
    mutation.mutate(timepoint);
  };
  return (
    <form onSubmit={submit} noValidate className="haven-measure-form">
      <FocusHeading level={3} className="nhsuk-heading-s">
        Rate the goals
      </FocusHeading>
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
        legend="Date rated"
        value={completedOn}
        onChange={setCompletedOn}
        error={form.errorFor(dateFieldTarget(ID.completedOn))}
      />
      <p className="nhsuk-body">How close is the family to each goal, from 0 (not at all) to 10 (goal reached)?</p>
      {goals.map((g) => (
        <Radios
          key={g.id}
          name={ratingId(g)}
          legend={`Goal ${String(g.slot)}: ${g.text}`}
          legendProps={{ size: 's' }}
          error={form.errorFor(ratingId(g))}
          inline
          className="haven-rating"
        >
          {RATINGS.map((n) => (
            <Radios.Item
              key={n}
              id={n === 0 ? ratingId(g) : `${ratingId(g)}-${String(n)}`}
              value={String(n)}
              checked={ratings[g.id] === n}
              onChange={() => setRatings((rs) => ({ ...rs, [g.id]: n }))}
            >
              {n}
            </Radios.Item>
          ))}
        </Radios>
      ))}
      <FormButtons label="Save ratings" pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
