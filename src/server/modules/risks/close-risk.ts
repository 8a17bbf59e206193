import { todayInLondon } from '../../../core/dates';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound, staleVersion } from '../../platform/errors';
import { openFlagForChange } from './open-flag';
import { presentRisk } from './present';
import { findFlag, updateActiveFlag } from './queries';
import type { CloseRisk, RiskFlag } from './schemas';

/** Closes an active flag with the reason it no longer applies. Version-checked; a closed flag stays in the record. */
export async function closeRisk({
  ctx,
  id,
  input,
}: {
  ctx: ServiceCtx;
  id: string;
  input: CloseRisk;
}): Promise<RiskFlag> {
  return withinService(ctx, async (tx, actor) => {
    const { row } = await openFlagForChange(tx, ctx, id);
    const closedOn = input.closedOn ?? todayInLondon();
    if (closedOn < row.raisedOn) {
      throw new AppError('VALIDATION', 'A flag cannot be closed before the date it was raised.', {
        fields: [
          { path: 'body.closedOn', message: `The date closed must be on or after ${row.raisedOn}, when it was raised` },
        ],
      });
    }
    const changed = await updateActiveFlag(tx, ctx.serviceId, id, input.version, {
      closedOn,
      closedReason: input.reason,
    });
    if (changed === 0) throw staleVersion('this risk flag');
    const after = await findFlag(tx, ctx.serviceId, id);
    if (!after) throw notFound('The risk flag');
    await audit(tx, actor, {
      action: 'risk.closed',
      entityType: 'risk',
      entityId: id,
      details: { familyId: row.familyId, type: row.type },
    });
    return presentRisk(after, todayInLondon());
  });
}
