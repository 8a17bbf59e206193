import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { openFamily, requireOpen } from '../families';
import { checkPeople, checkPractitioner } from './checks';
import { reload } from './load-appointment';
import { policy } from './policy';
import { presentAppointment } from './present';
import { insertAppointment } from './queries';
import type { BookAppointment } from './schemas';

/**
 * Books an appointment with a family. It is with the member named, or the caller when they hold a
 * caseload; coordinators book for others and must say who.
 */
export async function bookAppointment({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: BookAppointment;
}) {
  authorize(ctx, policy.family);
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireOpen(access);
    const practitionerId = await checkPractitioner(tx, ctx, input.practitionerId);
    const expectedPersonIds = await checkPeople(tx, ctx.serviceId, familyId, input.expectedPersonIds);
    const id = uuidv7();
    await insertAppointment(tx, {
      serviceId: ctx.serviceId,
      id,
      familyId,
      practitionerId,
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes,
      place: input.place,
      expectedPersonIds,
      createdBy: ctx.userId,
    });
    const row = await reload(tx, ctx.serviceId, id);
    await audit(tx, actor, {
      action: 'appointment.booked',
      entityType: 'appointment',
      entityId: id,
      details: { familyId, practitionerId },
    });
    return presentAppointment(row);
  });
}
