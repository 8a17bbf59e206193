import { todayInLondon } from '../../../core/dates';
import { auditMany } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, staleVersion } from '../../platform/errors';
import { openFamily, requireOpen } from './access';
import { loadRecord } from './get-family';
import { cancelFutureAppointments, closeActiveFlags, outstandingWork, updateFamily } from './queries';
import type { Discharge } from './schemas';

/**
 * Ends the work with a family: the reason, a summary and the date. The record becomes read-only;
 * booked appointments still to come are cancelled by the service and active risk flags are closed.
 * Draft notes must be signed or discarded, and past appointments given an outcome, first, so nothing
 * is left half-done in a closed record.
 */
export async function dischargeFamily({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: Discharge }) {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, id);
    requireOpen(access);
    if (!(ctx.role === 'manager' || (ctx.role === 'practitioner' && access.allocated))) {
      throw new AppError('FORBIDDEN', "Only the family's practitioner or a manager can discharge a family.");
    }
    const dischargedOn = input.dischargedOn ?? todayInLondon();
    if (dischargedOn < access.family.referralDate) {
      throw new AppError('VALIDATION', 'The discharge date cannot be before the referral.', {
        fields: [{ path: 'body.dischargedOn', message: 'The discharge date cannot be before the referral date' }],
      });
    }
    const work = await outstandingWork(tx, ctx.serviceId, [id]);
    const drafts = work.drafts.get(id) ?? 0;
    const outcomes = work.outcomes.get(id) ?? 0;
    const todo = [
      drafts > 0 ? `sign or discard ${drafts === 1 ? 'the draft note' : `the ${drafts} draft notes`}` : null,
      outcomes > 0
        ? `record what happened at ${outcomes === 1 ? 'the past appointment' : `the ${outcomes} past appointments`}`
        : null,
    ].filter((t) => t !== null);
    if (todo.length > 0) {
      const what = todo.join(' and ');
      throw new AppError('PRECONDITION_FAILED', `Before discharging this family, ${what}.`);
    }
    const changed = await updateFamily(
      tx,
      { serviceId: ctx.serviceId, id, version: input.version },
      { status: 'discharged', dischargedOn, dischargeReason: input.reason, dischargeSummary: input.summary },
    );
    if (!changed) throw staleVersion('this record');
    const cancelled = await cancelFutureAppointments(tx, ctx.serviceId, id);
    const closed = await closeActiveFlags(tx, ctx.serviceId, id, dischargedOn);
    await auditMany(tx, ctx.serviceId, [
      {
        actor,
        input: { action: 'family.discharged', entityType: 'family', entityId: id, details: { reason: input.reason } },
      },
      ...cancelled.map((a) => ({
        actor,
        input: {
          action: 'appointment.cancelled',
          entityType: 'appointment',
          entityId: a.id,
          details: { familyId: id },
        },
      })),
      ...closed.map((f) => ({
        actor,
        input: { action: 'risk.closed', entityType: 'risk', entityId: f.id, details: { familyId: id } },
      })),
    ]);
    return loadRecord(tx, ctx, await openFamily(tx, ctx, id));
  });
}
