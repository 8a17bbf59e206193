import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound, staleVersion } from '../../platform/errors';
import { openFamily } from '../families';
import { requireLinkWriter } from './policy';
import { linkStatus, presentLink } from './present';
import { findLink, revokeOpenLink } from './queries';
import type { MeasureLink } from './schemas';

/**
 * Withdraws a link before the parent uses it (sent to the wrong person, or no longer wanted). A
 * link already answered keeps its answers; one already expired needs nothing. Version-checked.
 */
export async function revokeMeasureLink({
  ctx,
  id,
  version,
}: {
  ctx: ServiceCtx;
  id: string;
  version: number;
}): Promise<MeasureLink> {
  return withinService(ctx, async (tx, actor) => {
    const before = await findLink(tx, ctx.serviceId, id);
    if (!before) throw notFound('The link');
    // 404 for a family the caller may not open, as if the link did not exist.
    const access = await openFamily(tx, ctx, before.familyId);
    requireLinkWriter(access);
    const status = linkStatus(before);
    if (status === 'completed')
      throw new AppError('PRECONDITION_FAILED', 'The parent has already answered this link: it cannot be withdrawn.');
    if (status === 'revoked') throw new AppError('PRECONDITION_FAILED', 'This link has already been withdrawn.');
    if (!(await revokeOpenLink(tx, ctx.serviceId, id, version))) throw staleVersion('this link');
    const after = await findLink(tx, ctx.serviceId, id);
    if (!after) throw notFound('The link');
    await audit(tx, actor, {
      action: 'measure-link.revoked',
      entityType: 'measure-link',
      entityId: id,
      details: { familyId: before.familyId, measureId: before.measureId },
    });
    return presentLink(after);
  });
}
