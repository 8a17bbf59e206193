import { Button, Details, Table } from 'nhsuk-react-components';
import { TIMEPOINTS } from '../../../core/measures/catalogue';
import { MAX_GOALS } from '../../../core/measures/gbo';
import { formatDate } from '../../app/format';
import type { Feedback } from '../../app/section-forms';
import type { Goal, MeasureView, Series } from './api';
import { changeSentence } from './change-text';
import { AddGoalForm, ChangeGoalForm, RateGoalsForm } from './goal-forms';
import { LineChart } from './line-chart';
import { LicenceNote } from './series-view';

export type GoalMode = { kind: 'add-goal' } | { kind: 'rate' } | { kind: 'reword' | 'close-goal'; id: string } | null;

type Props = {
  familyId: string;
  goals: Goal[];
  series: Series[];
  view: MeasureView | undefined;
  canChange: boolean;
  mode: GoalMode;
  onOpen: (mode: NonNullable<GoalMode>) => void;
  onCancel: (focusId: string) => void;
  feedback: Feedback;
};

/** One goal's ratings over time: the chart, the same numbers in a table, and the change. */
function GoalSeries({ goal, series }: { goal: Goal; series: Series }) {
  const title = `Goal ${String(goal.slot)}: ${goal.text}`;
  const sentence = changeSentence('The rating', series, null);
  return (
    <div className="haven-measure-series">
      <h4 className="nhsuk-heading-xs">Ratings for “{goal.text}”</h4>
      <div className="haven-measure-series__body">
        <div className="haven-measure-series__chart">
          <LineChart
            title={`Ratings of ${title}`}
            points={series.points.map((p) => ({ date: p.completedOn, value: p.score, label: TIMEPOINTS[p.timepoint] }))}
            min={0}
            max={10}
          />
        </div>
        <div className="haven-measure-series__table">
          <Table
            responsive
            className="haven-series-table"
            caption={`Ratings of goal ${String(goal.slot)}`}
            captionProps={{ className: 'nhsuk-u-visually-hidden' }}
          >
            <Table.Head>
              <Table.Row>
                <Table.Cell>Date</Table.Cell>
                <Table.Cell>Time point</Table.Cell>
                <Table.Cell>Rating (0–10)</Table.Cell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {series.points.map((p) => (
                <Table.Row key={p.resultId}>
                  <Table.Cell>{formatDate(p.completedOn, 'short')}</Table.Cell>
                  <Table.Cell>{TIMEPOINTS[p.timepoint]}</Table.Cell>
                  <Table.Cell>{p.score}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </div>
      {sentence ? <p className="nhsuk-body haven-change">{sentence}</p> : null}
    </div>
  );
}

/** The family's goals in its own words: set, reword, close and rate them; each goal's ratings over time. */
export function GoalsSection({ familyId, goals, series, view, canChange, mode, onOpen, onCancel, feedback }: Props) {
  const open = goals.filter((g) => g.closedOn === null);
  const closed = goals.filter((g) => g.closedOn !== null);
  const seriesOf = (g: Goal) => series.find((s) => s.goalId === g.id);
  return (
    <section aria-labelledby="goals-heading" className="haven-measures-part">
      <h2 className="nhsuk-heading-m" id="goals-heading">
        Goals
      </h2>
      <p className="nhsuk-body">
        Up to {MAX_GOALS} goals in the family&apos;s own words, each rated from 0 (not at all) to 10 (goal reached). A
        change of 2.45 points or more in a goal&apos;s rating is reliable.
      </p>
      {open.length === 0 ? <p className="nhsuk-body">No goals have been set.</p> : null}
      <ol className="nhsuk-list haven-goal-list">
        {open.map((g) => {
          const s = seriesOf(g);
          return (
            <li key={g.id} className="haven-goal">
              <h3 className="nhsuk-heading-s">
                Goal {g.slot}: {g.text}
              </h3>
              <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">Set {formatDate(g.setOn)}</p>
              {canChange && mode === null ? (
                <div className="nhsuk-button-group">
                  <Button
                    type="button"
                    id={`reword-${g.id}`}
                    secondary
                    small
                    onClick={() => onOpen({ kind: 'reword', id: g.id })}
                  >
                    Reword<span className="nhsuk-u-visually-hidden"> goal {g.slot}</span>
                  </Button>
                  <Button
                    type="button"
                    id={`close-goal-${g.id}`}
                    secondary
                    small
                    onClick={() => onOpen({ kind: 'close-goal', id: g.id })}
                  >
                    Close<span className="nhsuk-u-visually-hidden"> goal {g.slot}</span>
                  </Button>
                </div>
              ) : null}
              {mode && mode.kind !== 'add-goal' && mode.kind !== 'rate' && mode.id === g.id ? (
                <ChangeGoalForm
                  goal={g}
                  kind={mode.kind === 'reword' ? 'reword' : 'close'}
                  feedback={feedback}
                  onCancel={() => onCancel(`${mode.kind}-${g.id}`)}
                />
              ) : null}
              {s ? <GoalSeries goal={g} series={s} /> : <p className="nhsuk-body-s">Not rated yet.</p>}
            </li>
          );
        })}
      </ol>
      {canChange ? (
        mode?.kind === 'add-goal' ? (
          <AddGoalForm familyId={familyId} feedback={feedback} onCancel={() => onCancel('add-goal')} />
        ) : mode?.kind === 'rate' ? (
          <RateGoalsForm familyId={familyId} goals={open} feedback={feedback} onCancel={() => onCancel('rate-goals')} />
        ) : mode === null ? (
          <div className="nhsuk-button-group">
            {open.length < MAX_GOALS ? (
              <Button type="button" id="add-goal" secondary onClick={() => onOpen({ kind: 'add-goal' })}>
                Set a goal
              </Button>
            ) : null}
            {open.length > 0 ? (
              <Button type="button" id="rate-goals" secondary onClick={() => onOpen({ kind: 'rate' })}>
                Rate the goals
              </Button>
            ) : null}
          </div>
        ) : null
      ) : null}
      {closed.length > 0 ? (
        <Details>
          <Details.Summary>Closed goals ({closed.length})</Details.Summary>
          <Details.Text>
            {closed.map((g) => {
              const s = seriesOf(g);
              return (
                <div key={g.id} className="haven-goal">
                  <p className="nhsuk-body">
                    <strong>{g.text}</strong> (set {formatDate(g.setOn)}, closed {formatDate(g.closedOn ?? '')})
                  </p>
                  {s ? <GoalSeries goal={g} series={s} /> : null}
                </div>
              );
            })}
          </Details.Text>
        </Details>
      ) : null}
      {view ? <LicenceNote view={view} /> : null}
    </section>
  );
}
