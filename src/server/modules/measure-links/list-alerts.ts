import { MEASURES } from '../../../core/measures/catalogue';
import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { policy } from './policy';
import { listAlerts } from './queries';
import type { MeasureAlert } from './schemas';

/**
 * Results with a critical item (e.g. thoughts of self-harm) that nobody has acknowledged yet: on
 * the caller's own families for a practitioner, on every family of the service for a manager.
 * Newest first. Audited when it shows any, naming the families.
 */
export async function listMeasureAlerts({ ctx }: { ctx: ServiceCtx }): Promise<{ alerts: MeasureAlert[] }> {
  authorize(ctx, policy.alerts);
  return withinService(ctx, async (tx, actor) => {
    const rows = await listAlerts(tx, ctx.serviceId, ctx.role === 'manager' ? null : ctx.membershipId);
    const alerts = rows.map((r) => ({
      resultId: r.id,
      family: { id: r.familyId, name: r.familyName },
      measure: { id: r.measureId, shortName: MEASURES[r.measureId].shortName },
      items: r.criticalItems,
      completedOn: r.completedOn,
      mode: r.mode,
      version: r.version,
    }));
    if (alerts.length > 0) {
      await audit(tx, actor, {
        action: 'measure-alerts.read',
        entityType: 'service',
        entityId: ctx.serviceId,
        details: { familyIds: [...new Set(alerts.map((a) => a.family.id))] },
      });
    }
    return { alerts };
  });
}
