import { v7 as uuidv7 } from 'uuid';
import { todayInLondon } from '../../../core/dates';
import { MAX_GOALS } from '../../../core/measures/gbo';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { openFamily } from '../families';
import { requireRecord } from './policy';
import { presentGoal } from './present';
import { findGoal, insertGoal, listOpenGoals, lockFamily } from './queries';
import type { AddGoal, Goal } from './schemas';

/** The lowest slot no open goal holds, or null when all are taken. */
export function freeSlot(taken: number[]): number | null {
  for (let slot = 1; slot <= MAX_GOALS; slot += 1) if (!taken.includes(slot)) return slot;
  return null;
}

/**
 * Sets a goal in the family's own words. A family has at most three open goals; the new one takes
 * the lowest free slot. The wording never reaches the audit trail.
 */
export async function addGoal({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: AddGoal;
}): Promise<Goal> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireRecord(access);
    await lockFamily(tx, ctx.serviceId, familyId);
    const open = await listOpenGoals(tx, ctx.serviceId, familyId);
    const slot = freeSlot(open.map((g) => g.slot));
    if (slot === null) {
      throw new AppError(
        'PRECONDITION_FAILED',
        `The family already has ${String(MAX_GOALS)} open goals. Close one before setting another.`,
      );
    }
    const id = uuidv7();
    await insertGoal(tx, {
      serviceId: ctx.serviceId,
      id,
      familyId,
      slot,
      text: input.text,
      setOn: input.setOn ?? todayInLondon(),
    });
    const row = await findGoal(tx, ctx.serviceId, id);
    if (!row) throw notFound('The goal');
    await audit(tx, actor, { action: 'goal.set', entityType: 'goal', entityId: id, details: { familyId, slot } });
    return presentGoal(row);
  });
}
