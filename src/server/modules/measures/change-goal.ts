import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound, staleVersion } from '../../platform/errors';
import { openFamily, RECORD_ROLES } from '../families';
import { requireRecord } from './policy';
import { presentGoal } from './present';
import { findGoal, updateOpenGoal } from './queries';
import type { ChangeGoal, Goal } from './schemas';

/**
 * Rewords an open goal or closes it (reached, replaced or no longer wanted). A closed goal is kept
 * for the results that rated it and frees its slot. Version-checked.
 */
export async function changeGoal({
  ctx,
  id,
  input,
}: {
  ctx: ServiceCtx;
  id: string;
  input: ChangeGoal;
}): Promise<Goal> {
  return withinService(ctx, async (tx, actor) => {
    authorize(ctx, RECORD_ROLES);
    const goal = await findGoal(tx, ctx.serviceId, id);
    if (!goal) throw notFound('The goal');
    const access = await openFamily(tx, ctx, goal.familyId);
    requireRecord(access);
    if (goal.closedOn) {
      throw new AppError(
        'PRECONDITION_FAILED',
        `This goal was closed on ${goal.closedOn}: it can no longer be changed.`,
      );
    }
    if (input.closedOn !== undefined && input.closedOn < goal.setOn) {
      throw new AppError('VALIDATION', 'The date closed must be on or after the date the goal was set.', {
        fields: [
          {
            path: 'body.closedOn',
            message: `The date closed must be on or after ${goal.setOn}, when the goal was set`,
          },
        ],
      });
    }
    const changes = {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.closedOn !== undefined ? { closedOn: input.closedOn } : {}),
    };
    if ((await updateOpenGoal(tx, ctx.serviceId, id, input.version, changes)) === 0) throw staleVersion('this goal');
    const after = await findGoal(tx, ctx.serviceId, id);
    if (!after) throw notFound('The goal');
    await audit(tx, actor, {
      action: 'goal.changed',
      entityType: 'goal',
      entityId: id,
      details: { familyId: goal.familyId, slot: goal.slot, changed: Object.keys(changes).sort() },
    });
    return presentGoal(after);
  });
}
