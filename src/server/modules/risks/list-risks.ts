import { todayInLondon } from '../../../core/dates';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { openFamily } from '../families';
import { byUrgency, presentRisk } from './present';
import { listFlags } from './queries';
import type { RiskFlag } from './schemas';

/**
 * A family's risk flags the caller may see: active ones first (most serious, then soonest review),
 * then closed ones. Safeguarding flags are simply absent for callers without restricted access.
 */
export async function listRisks({ ctx, familyId }: { ctx: ServiceCtx; familyId: string }): Promise<{
  risks: RiskFlag[];
}> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    const rows = await listFlags(tx, ctx.serviceId, familyId, access.restricted);
    const today = todayInLondon();
    const risks = rows.sort(byUrgency).map((r) => presentRisk(r, today));
    await audit(tx, actor, { action: 'risks.read', entityType: 'family', entityId: familyId, details: { familyId } });
    return { risks };
  });
}
