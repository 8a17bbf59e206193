import { authorize, type ServiceCtx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { openFamily, requireOpen, RECORD_ROLES, type FamilyAccess } from '../families';
import { canSee, requireManage } from './policy';
import { findFlag, type RiskRow } from './queries';

/**
 * Loads a flag addressed by its own id for a change: 404 when it is not in the service, the caller
 * may not open its family, or it is of a restricted type the caller may not see (so its existence is
 * never revealed); then refuses non-clinical roles, a discharged record and a flag already closed.
 */
export async function openFlagForChange(
  tx: Tx,
  ctx: ServiceCtx,
  id: string,
): Promise<{ row: RiskRow; access: FamilyAccess }> {
  // Roles that never open records are refused before anything is looked up.
  authorize(ctx, RECORD_ROLES);
  const row = await findFlag(tx, ctx.serviceId, id);
  if (!row) throw notFound('The risk flag');
  const access = await openFamily(tx, ctx, row.familyId);
  if (!canSee(access, row.type)) throw notFound('The risk flag');
  requireManage(access);
  requireOpen(access);
  if (row.closedOn) {
    throw new AppError('PRECONDITION_FAILED', `This flag was closed on ${row.closedOn}: it can no longer be changed.`);
  }
  return { row, access };
}
