import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { openFamily } from '../families';
import { policy } from './policy';
import { presentAppointment } from './present';
import { listForFamily } from './queries';

/** Every appointment of a family, earliest first, so the next ones read on from the past ones. Audited. */
export async function listAppointments({ ctx, familyId }: { ctx: ServiceCtx; familyId: string }) {
  authorize(ctx, policy.family);
  return withinService(ctx, async (tx, actor) => {
    await openFamily(tx, ctx, familyId);
    const rows = await listForFamily(tx, ctx.serviceId, familyId);
    await audit(tx, actor, { action: 'appointments.read', entityType: 'family', entityId: familyId });
    return { appointments: rows.map(presentAppointment) };
  });
}
