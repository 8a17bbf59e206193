import { MEASURES } from '../../../core/measures/catalogue';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound, staleVersion } from '../../platform/errors';
import { openResult } from './open-result';
import { requireAlertOwner } from './policy';
import { presentResult } from './present';
import { findResult, updateResult } from './queries';
import type { AcknowledgeAlert, MeasureResult } from './schemas';

/**
 * Acknowledges the alert a critical answer raised, saying what was done. The allocated
 * practitioners or a manager only. Allowed on a discharged record too: an alert must never be left
 * open because the family has since left the service. Version-checked.
 */
export async function acknowledgeAlert({
  ctx,
  id,
  input,
}: {
  ctx: ServiceCtx;
  id: string;
  input: AcknowledgeAlert;
}): Promise<MeasureResult> {
  return withinService(ctx, async (tx, actor) => {
    const { row, access } = await openResult(tx, ctx, id);
    requireAlertOwner(access, ctx.role);
    const r = row.result;
    if (r.criticalItems.length === 0) {
      throw new AppError(
        'PRECONDITION_FAILED',
        'This result has no critical answers, so there is no alert to acknowledge.',
      );
    }
    if (r.alertAcknowledgedAt) {
      throw new AppError('PRECONDITION_FAILED', 'This alert has already been acknowledged.');
    }
    const changed = await updateResult(tx, ctx.serviceId, id, input.version, {
      alertAcknowledgedAt: new Date(),
      alertAcknowledgedBy: ctx.userId,
      alertAction: input.action,
    });
    if (changed === 0) throw staleVersion(`this ${MEASURES[r.measureId].shortName} result`);
    const after = await findResult(tx, ctx.serviceId, id);
    if (!after) throw notFound('The measure result');
    await audit(tx, actor, {
      action: 'measure.alert-acknowledged',
      entityType: 'measure-result',
      entityId: id,
      // The item numbers, never the answers or what was done.
      details: { familyId: r.familyId, measureId: r.measureId, items: r.criticalItems.map((c) => c.number) },
    });
    return presentResult(after);
  });
}
