import { v7 as uuidv7 } from 'uuid';
import { todayInLondon } from '../../../core/dates';
import { RISK_TYPES } from '../../../core/family-options';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { openFamily, requireOpen } from '../families';
import { canSee, requireManage } from './policy';
import { presentRisk } from './present';
import { findFlag, insertFlag } from './queries';
import type { RaiseRisk, RiskFlag } from './schemas';

/**
 * Raises a risk flag on an open record. Practitioners and managers only; a restricted type
 * (safeguarding) only by those who may see it, so nobody can write what they could not then read.
 */
export async function raiseRisk({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: RaiseRisk;
}): Promise<RiskFlag> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireManage(access);
    if (!canSee(access, input.type)) {
      throw new AppError(
        'FORBIDDEN',
        `Only the family's allocated practitioners and managers can raise a ${RISK_TYPES[input.type].toLowerCase()} flag.`,
      );
    }
    requireOpen(access);
    const id = uuidv7();
    await insertFlag(tx, {
      serviceId: ctx.serviceId,
      id,
      familyId,
      type: input.type,
      level: input.level,
      summary: input.summary,
      raisedOn: input.raisedOn ?? todayInLondon(),
      reviewOn: input.reviewOn,
      raisedBy: ctx.userId,
    });
    const row = await findFlag(tx, ctx.serviceId, id);
    if (!row) throw notFound('The risk flag');
    await audit(tx, actor, {
      action: 'risk.raised',
      entityType: 'risk',
      entityId: id,
      details: { familyId, type: input.type, level: input.level },
    });
    return presentRisk(row, todayInLondon());
  });
}
