import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { openFamily } from './access';
import { policy } from './policy';
import { familyAuditEvents } from './queries';

/** Who has opened or changed a family's record, and when: for managers. Reading it is audited too. */
export async function getAccessLog({ ctx, id }: { ctx: ServiceCtx; id: string }) {
  authorize(ctx, policy.accessLog);
  return withinService(ctx, async (tx, actor) => {
    await openFamily(tx, ctx, id);
    const rows = await familyAuditEvents(tx, ctx.serviceId, id);
    await audit(tx, actor, { action: 'family.access-log-read', entityType: 'family', entityId: id });
    return {
      events: rows.map((r) => ({ at: r.at.toISOString(), by: r.by, action: r.action, entityType: r.entityType })),
    };
  });
}
