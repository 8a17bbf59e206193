import { SCORED_ELSEWHERE_TOOLS, MEASURES } from '../../../core/measures/catalogue';
import { classifyChange, describeChange } from '../../../core/measures/change';
import type { MeasureId } from '../../../core/measures/types';
import type { GoalRow, ResultRow, ScoreRow } from './queries';
import type { Goal, MeasureResult, ScoredElsewhere, Series } from './schemas';

const person = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

/** A result as the record shows it. The alert's action is for the record's readers, never for audit. */
export function presentResult({ result: r, recordedByName, acknowledgedByName }: ResultRow): MeasureResult {
  return {
    id: r.id,
    measureId: r.measureId,
    measureVersion: r.measureVersion,
    personId: r.personId,
    timepoint: r.timepoint,
    completedOn: r.completedOn,
    mode: r.mode,
    responses: r.responses,
    goals: r.goals ?? null,
    complete: r.complete,
    total: r.total,
    prorated: r.prorated,
    subscales: r.subscales,
    band: r.band,
    clinical: clinicalOf(r.measureId, r.total),
    criticalItems: r.criticalItems,
    alert:
      r.criticalItems.length > 0
        ? {
            acknowledgedAt: r.alertAcknowledgedAt?.toISOString() ?? null,
            acknowledgedBy: person(r.alertAcknowledgedBy, acknowledgedByName),
            action: r.alertAction,
          }
        : null,
    recordedBy: person(r.recordedBy, recordedByName),
    withdrawn: r.withdrawnAt ? { at: r.withdrawnAt.toISOString(), reason: r.withdrawnReason ?? '' } : null,
    version: r.version,
  };
}

function clinicalOf(measureId: MeasureId, total: number | null): boolean | null {
  const cutOff = MEASURES[measureId].cutOff;
  return total === null || !cutOff ? null : total >= cutOff.score;
}

export const presentGoal = (g: GoalRow): Goal => ({
  id: g.id,
  slot: g.slot,
  text: g.text,
  setOn: g.setOn,
  closedOn: g.closedOn,
  version: g.version,
});

export const presentScore = ({ score: s, recordedByName }: ScoreRow): ScoredElsewhere => ({
  id: s.id,
  tool: s.tool,
  toolName: s.tool === 'other' && s.toolName ? s.toolName : SCORED_ELSEWHERE_TOOLS[s.tool],
  personId: s.personId,
  timepoint: s.timepoint,
  scoredOn: s.scoredOn,
  score: s.score,
  result: s.result,
  notes: s.notes,
  recordedBy: person(s.recordedBy, recordedByName),
  version: s.version,
});

type Point = Series['points'][number];

/** The change from a series' first point to its latest, or null with fewer than two. */
function changeOf(measureId: MeasureId, points: Point[]): Series['change'] {
  const first = points[0];
  const latest = points.at(-1);
  if (!first || !latest || points.length < 2) return null;
  const c = classifyChange(MEASURES[measureId], first.score, latest.score);
  return { ...c, description: describeChange(c) };
}

const oldestFirst = (a: Point, b: Point) => a.completedOn.localeCompare(b.completedOn);

/**
 * The lines to chart: each person's totals on each questionnaire, and each goal's ratings, from
 * results that are complete and not withdrawn, oldest first. `results` are newest first, so
 * reversing them keeps results of the same day in the order they were entered.
 */
export function buildSeries(results: MeasureResult[], goals: Goal[]): Series[] {
  const usable = results.filter((r) => r.withdrawn === null && r.complete).reverse();
  const byKey = new Map<
    string,
    { measureId: MeasureId; personId: string | null; goalId: string | null; points: Point[] }
  >();
  const add = (
    key: string,
    line: { measureId: MeasureId; personId: string | null; goalId: string | null },
    p: Point,
  ) => {
    const existing = byKey.get(key) ?? { ...line, points: [] };
    existing.points.push(p);
    byKey.set(key, existing);
  };
  const slotOf = new Map(goals.map((g) => [g.id, g.slot]));
  for (const r of usable) {
    const base = { resultId: r.id, completedOn: r.completedOn, timepoint: r.timepoint, mode: r.mode };
    if (r.measureId === 'gbo') {
      for (const g of r.goals ?? []) {
        const slot = slotOf.get(g.goalId);
        const rating = slot === undefined ? null : r.responses[slot - 1];
        if (rating === null || rating === undefined) continue;
        add(
          `goal:${g.goalId}`,
          { measureId: 'gbo', personId: null, goalId: g.goalId },
          {
            ...base,
            score: rating,
            band: null,
          },
        );
      }
    } else if (r.total !== null && r.personId) {
      add(
        `${r.personId}:${r.measureId}`,
        { measureId: r.measureId, personId: r.personId, goalId: null },
        {
          ...base,
          score: r.total,
          band: r.band,
        },
      );
    }
  }
  return [...byKey.values()].map((line) => {
    const points = line.points.sort(oldestFirst);
    return { ...line, points, change: changeOf(line.measureId, points) };
  });
}
