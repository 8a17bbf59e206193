import { MAX_GOALS } from '../../../core/measures/gbo';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { openFamily } from '../families';
import { requireRecord } from './policy';
import { presentResult } from './present';
import { findResult, listOpenGoals } from './queries';
import type { MeasureResult, RateGoals } from './schemas';
import { storeResult } from './store-result';

/**
 * Records the family's ratings of its open goals at a time point, as one goal-based outcomes
 * result: each rating in its goal's slot (null for a goal not rated), with the goals' wording as it
 * was when rated, so rewording a goal later never changes what an old rating was about.
 */
export async function rateGoals({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: RateGoals;
}): Promise<MeasureResult> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireRecord(access);
    const open = await listOpenGoals(tx, ctx.serviceId, familyId);
    const rated = open.filter((g) => input.ratings.some((r) => r.goalId === g.id));
    const unknown = input.ratings.flatMap((r, i) => (open.some((g) => g.id === r.goalId) ? [] : [i]));
    if (unknown.length > 0) {
      throw new AppError('VALIDATION', "Only the family's open goals can be rated. Reload the page to see them.", {
        fields: unknown.map((i) => ({
          path: `body.ratings.${String(i)}.goalId`,
          message: 'This is not one of the family’s open goals',
        })),
      });
    }
    // Every goal rated must already have been set: the latest of their dates is the earliest allowed.
    const latestSet = rated.reduce<(typeof rated)[number] | null>((a, g) => (a && a.setOn >= g.setOn ? a : g), null);
    if (latestSet && latestSet.setOn > input.completedOn) {
      throw new AppError('VALIDATION', 'A goal cannot be rated before the date it was set.', {
        fields: [
          {
            path: 'body.completedOn',
            message: `The date rated must be on or after ${latestSet.setOn}, when goal ${String(latestSet.slot)} was set`,
          },
        ],
      });
    }
    const responses: (number | null)[] = Array.from({ length: MAX_GOALS }, () => null);
    for (const r of input.ratings) {
      const goal = open.find((g) => g.id === r.goalId);
      if (goal) responses[goal.slot - 1] = r.rating;
    }
    const { id } = await storeResult(tx, {
      serviceId: ctx.serviceId,
      familyId,
      personId: null,
      measureId: 'gbo',
      timepoint: input.timepoint,
      completedOn: input.completedOn,
      mode: 'practitioner',
      responses,
      goals: rated.map((g) => ({ goalId: g.id, text: g.text })),
      recordedBy: ctx.userId,
    });
    const row = await findResult(tx, ctx.serviceId, id);
    if (!row) throw notFound('The goal ratings');
    await audit(tx, actor, {
      action: 'measure.recorded',
      entityType: 'measure-result',
      entityId: id,
      details: { familyId, measureId: 'gbo', timepoint: input.timepoint, critical: false },
    });
    return presentResult(row);
  });
}
