import { authorize, type ServiceCtx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { openFamily, RECORD_ROLES, type FamilyAccess } from '../families';
import { findResult, type ResultRow } from './queries';

/**
 * Loads a result addressed by its own id: 404 when it is not in the service or the caller may not
 * open its family, so its existence is never revealed. What the caller may then do is the caller's
 * operation to decide.
 */
export async function openResult(
  tx: Tx,
  ctx: ServiceCtx,
  id: string,
): Promise<{ row: ResultRow; access: FamilyAccess }> {
  // Roles that never open records are refused before anything is looked up.
  authorize(ctx, RECORD_ROLES);
  const row = await findResult(tx, ctx.serviceId, id);
  if (!row) throw notFound('The measure result');
  const access = await openFamily(tx, ctx, row.result.familyId);
  return { row, access };
}
