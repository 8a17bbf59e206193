import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError, staleVersion } from '../../platform/errors';
import { requireOpen } from '../families';
import { checkPeople, checkPractitioner } from './checks';
import { loadAppointment, reload } from './load-appointment';
import { policy } from './policy';
import { presentAppointment } from './present';
import { updateAppointment, type AppointmentValues } from './queries';
import type { ChangeAppointment } from './schemas';

/**
 * Reschedules a booked appointment or changes its details. Moving its start counts as a reschedule;
 * once an outcome is recorded the appointment is history and stays as it was.
 */
export async function changeAppointment({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: ChangeAppointment }) {
  authorize(ctx, policy.family);
  return withinService(ctx, async (tx, actor) => {
    const { row, access } = await loadAppointment(tx, ctx, id);
    requireOpen(access);
    if (row.status !== 'booked') {
      throw new AppError(
        'PRECONDITION_FAILED',
        'This appointment already has an outcome recorded, so it can no longer be moved or changed. Book a new appointment instead.',
      );
    }
    const values: Partial<AppointmentValues> = {};
    const changed: string[] = [];
    if (input.startsAt !== undefined) {
      const startsAt = new Date(input.startsAt);
      if (startsAt.getTime() !== row.startsAt.getTime()) {
        values.startsAt = startsAt;
        values.rescheduleCount = row.rescheduleCount + 1;
        changed.push('startsAt');
      }
    }
    if (input.durationMinutes !== undefined && input.durationMinutes !== row.durationMinutes) {
      values.durationMinutes = input.durationMinutes;
      changed.push('durationMinutes');
    }
    if (input.place !== undefined && input.place !== row.place) {
      values.place = input.place;
      changed.push('place');
    }
    if (input.expectedPersonIds !== undefined) {
      const people = await checkPeople(tx, ctx.serviceId, row.familyId, input.expectedPersonIds);
      if (!sameSet(people, row.expectedPersonIds)) {
        values.expectedPersonIds = people;
        changed.push('expectedPersonIds');
      }
    }
    if (input.practitionerId !== undefined && input.practitionerId !== row.practitionerId) {
      values.practitionerId = await checkPractitioner(tx, ctx, input.practitionerId);
      changed.push('practitionerId');
    }
    if ((await updateAppointment(tx, ctx.serviceId, id, input.version, values)) === 0) {
      throw staleVersion('this appointment');
    }
    const after = await reload(tx, ctx.serviceId, id);
    await audit(tx, actor, {
      action: changed.includes('startsAt') ? 'appointment.rescheduled' : 'appointment.changed',
      entityType: 'appointment',
      entityId: id,
      details: { familyId: row.familyId, changed },
    });
    return presentAppointment(after);
  });
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === new Set(b).size && a.every((x) => b.includes(x));
