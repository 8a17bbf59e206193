import type { ServiceCtx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { openFamily } from '../families';
import { findAppointment } from './queries';

/**
 * An appointment addressed by its own id, with its family opened for the caller: 404 when it is not
 * in this service or the caller may not see its family, so its existence is never revealed.
 */
export async function loadAppointment(tx: Tx, ctx: ServiceCtx, id: string) {
  const row = await findAppointment(tx, ctx.serviceId, id);
  if (!row) throw notFound('The appointment');
  try {
    return { row, access: await openFamily(tx, ctx, row.familyId) };
  } catch (err) {
    // The same answer as for an id that does not exist, so it reveals nothing.
    if (err instanceof AppError && err.code === 'NOT_FOUND') throw notFound('The appointment');
    throw err;
  }
}

/** Re-reads an appointment after a write, to answer it as it now is. */
export async function reload(tx: Tx, serviceId: string, id: string) {
  const row = await findAppointment(tx, serviceId, id);
  if (!row) throw notFound('The appointment');
  return row;
}
