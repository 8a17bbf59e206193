import { todayInLondon } from '../../../core/dates';
import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError, staleVersion } from '../../platform/errors';
import { requireOpen } from '../families';
import { loadAppointment, reload } from './load-appointment';
import { policy } from './policy';
import { presentAppointment } from './present';
import { setFirstContact, updateAppointment } from './queries';
import type { RecordOutcome } from './schemas';

/**
 * Records what happened at an appointment, or corrects what was recorded. Attendance can only be
 * recorded once the appointment has started. The earliest attended appointment gives the family its
 * first contact date (in UK time), unless an earlier one is already set.
 */
export async function recordOutcome({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: RecordOutcome }) {
  authorize(ctx, policy.family);
  return withinService(ctx, async (tx, actor) => {
    const { row, access } = await loadAppointment(tx, ctx, id);
    requireOpen(access);
    const now = new Date();
    if ((input.status === 'attended' || input.status === 'did-not-attend') && row.startsAt > now) {
      throw new AppError('VALIDATION', 'You can record attendance once the appointment has started.', {
        fields: [{ path: 'body.status', message: 'You can record attendance once the appointment has started' }],
      });
    }
    if (row.version !== input.version) throw staleVersion('this appointment');
    const correction = row.status !== 'booked';
    // The family row is written before the appointment, the order any change to both takes.
    const day = todayInLondon(row.startsAt);
    const first = access.family.firstContactOn;
    const firstContactSet =
      input.status === 'attended' && (first === null || first > day)
        ? await setFirstContact(tx, ctx.serviceId, row.familyId, day)
        : false;
    const changed = await updateAppointment(tx, ctx.serviceId, id, input.version, {
      status: input.status,
      outcomeNote: input.note ?? null,
      outcomeRecordedAt: now,
    });
    if (changed === 0) throw staleVersion('this appointment');
    const after = await reload(tx, ctx.serviceId, id);
    await audit(tx, actor, {
      action: correction ? 'appointment.outcome-corrected' : 'appointment.outcome-recorded',
      entityType: 'appointment',
      entityId: id,
      details: {
        familyId: row.familyId,
        status: input.status,
        ...(correction ? { previousStatus: row.status } : {}),
        ...(firstContactSet ? { firstContactSet: true } : {}),
      },
    });
    return presentAppointment(after);
  });
}
