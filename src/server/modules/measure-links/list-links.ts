import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { openFamily } from '../families';
import { requireLinkReader } from './policy';
import { presentLink } from './present';
import { listFamilyLinks } from './queries';
import type { MeasureLink } from './schemas';

/** A family's questionnaire links, newest first, each with where it stands. Audited as a read. */
export async function listMeasureLinks({
  ctx,
  familyId,
}: {
  ctx: ServiceCtx;
  familyId: string;
}): Promise<{ links: MeasureLink[] }> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireLinkReader(access);
    const now = new Date();
    const links = (await listFamilyLinks(tx, ctx.serviceId, familyId)).map((r) => presentLink(r, now));
    await audit(tx, actor, {
      action: 'measure-links.read',
      entityType: 'family',
      entityId: familyId,
      details: { familyId },
    });
    return { links };
  });
}
