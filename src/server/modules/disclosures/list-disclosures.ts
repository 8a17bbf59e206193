import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { openFamily, requireClinical } from '../families';
import { presentDisclosure } from './present';
import { listDisclosures as listRows } from './queries';
import type { Disclosure } from './schemas';

/** A family's disclosure log, newest first: practitioners who can open the family, and managers. */
export async function listDisclosures({
  ctx,
  familyId,
}: {
  ctx: ServiceCtx;
  familyId: string;
}): Promise<{ disclosures: Disclosure[] }> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireClinical(access);
    const rows = await listRows(tx, ctx.serviceId, familyId);
    await audit(tx, actor, {
      action: 'disclosures.read',
      entityType: 'family',
      entityId: familyId,
      details: { familyId },
    });
    return { disclosures: rows.map(presentDisclosure) };
  });
}
