import { authorize, type ServiceCtx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { openFamily, RECORD_ROLES, type FamilyAccess } from '../families';
import { requireWriter } from './policy';
import { findObservation, findReview, type ObservationRow, type ReviewRow } from './queries';

/**
 * Loads an entry addressed by its own id for a change: 404 when it is not in the service or the
 * caller may not open its family (so its existence is never revealed), then refuses roles that may
 * not record assessments and a discharged record.
 */
async function openForChange<Row extends { familyId: string }>(
  tx: Tx,
  ctx: ServiceCtx,
  find: () => Promise<Row | null>,
  what: string,
): Promise<{ row: Row; access: FamilyAccess }> {
  // Roles that never open records are refused before anything is looked up.
  authorize(ctx, RECORD_ROLES);
  const row = await find();
  if (!row) throw notFound(what);
  const access = await openFamily(tx, ctx, row.familyId);
  requireWriter(access);
  return { row, access };
}

export const openReviewForChange = (
  tx: Tx,
  ctx: ServiceCtx,
  id: string,
): Promise<{ row: ReviewRow; access: FamilyAccess }> =>
  openForChange(tx, ctx, () => findReview(tx, ctx.serviceId, id), 'The Secure Base review');

export const openObservationForChange = (
  tx: Tx,
  ctx: ServiceCtx,
  id: string,
): Promise<{ row: ObservationRow; access: FamilyAccess }> =>
  openForChange(tx, ctx, () => findObservation(tx, ctx.serviceId, id), 'The attachment observation');
