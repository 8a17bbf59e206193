import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { policy } from './policy';
import { presentReferral } from './present';
import { displayNames, findReferral, listEvents } from './queries';

/** Opens one referral with its history. The read itself is audited: it holds a family's details. */
export async function getReferral({ ctx, id }: { ctx: ServiceCtx; id: string }) {
  authorize(ctx, policy.triage);
  return withinService(ctx, async (tx, actor) => {
    const row = await findReferral(tx, ctx.serviceId, id);
    if (!row) throw notFound('The referral');
    const events = await listEvents(tx, ctx.serviceId, id);
    const names = await displayNames(tx, [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))]);
    await audit(tx, actor, { action: 'referral.read', entityType: 'referral', entityId: id });
    return presentReferral(row, events, names);
  });
}
