import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound, staleVersion } from '../../platform/errors';
import { settingsOf } from '../referrals';
import { policy } from './policy';
import { presentFamily } from './present';
import { allocate, findFamily, findService, listAllocatable } from './queries';
import type { Allocate } from './schemas';

/** Allocates a waiting (or re-allocates an allocated) family to a practitioner and optional co-worker. */
export async function allocateFamily({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: Allocate }) {
  authorize(ctx, policy.allocate);
  return withinService(ctx, async (tx, actor) => {
    const family = await findFamily(tx, ctx.serviceId, id);
    if (!family) throw notFound('The family');
    if (family.status === 'discharged') throw new AppError('PRECONDITION_FAILED', 'This family has been discharged.');
    const people = new Set((await listAllocatable(tx, ctx.serviceId)).map((p) => p.id));
    if (!people.has(input.practitionerId)) {
      throw new AppError('VALIDATION', 'Choose an active practitioner in this service.', {
        fields: [{ path: 'body.practitionerId', message: 'Choose an active practitioner in this service' }],
      });
    }
    if (input.coWorkerId && !people.has(input.coWorkerId)) {
      throw new AppError('VALIDATION', 'Choose an active practitioner in this service as co-worker.', {
        fields: [{ path: 'body.coWorkerId', message: 'Choose an active practitioner in this service' }],
      });
    }
    if ((await allocate(tx, ctx.serviceId, id, input.version, input)) === 0) {
      throw staleVersion('this family');
    }
    await audit(tx, actor, {
      action: 'family.allocated',
      entityType: 'family',
      entityId: id,
      details: { practitionerId: input.practitionerId, coWorkerId: input.coWorkerId },
    });
    const service = await findService(tx, ctx.serviceId);
    const after = await findFamily(tx, ctx.serviceId, id);
    if (!after || !service) throw notFound('The family');
    return presentFamily(after, settingsOf(service).targetWaitWeeks);
  });
}
