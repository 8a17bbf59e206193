import { hasDischargeMeasure, outstandingMeasures } from '../../../core/measures/outstanding';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { openFamily } from '../families';
import { measureFactsFor } from './outstanding-measures';
import { requireLinkReader } from './policy';
import { presentOutstanding } from './present';

/**
 * One family's outstanding measure work, and whether a discharge measure has been given: what the
 * discharge page warns about. Clinical roles; audited as a read of the family's measures.
 */
export async function getMeasureStatus({ ctx, familyId }: { ctx: ServiceCtx; familyId: string }) {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireLinkReader(access);
    const facts = (await measureFactsFor(tx, ctx.serviceId, [familyId])).get(familyId);
    if (!facts) throw notFound('The family');
    await audit(tx, actor, {
      action: 'measure-status.read',
      entityType: 'family',
      entityId: familyId,
      details: { familyId },
    });
    return {
      outstanding: outstandingMeasures(facts).map(presentOutstanding),
      dischargeMeasureGiven: hasDischargeMeasure(facts.results),
    };
  });
}
