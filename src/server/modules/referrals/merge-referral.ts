import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { OPEN_STATUSES } from '../../../core/referral-options';
import { policy } from './policy';
import { findFamily, findReferral, insertEvent, updateReferral } from './queries';
import type { Merge } from './schemas';
import { STALE } from './decide-referral';

/**
 * Folds a referral flagged as a duplicate into the open referral or the family it duplicates.
 * The referral is kept (marked merged, pointing at the other record) so nothing is lost.
 */
export async function mergeReferral({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: Merge }) {
  authorize(ctx, policy.triage);
  return withinService(ctx, async (tx, actor) => {
    const row = await findReferral(tx, ctx.serviceId, id);
    if (!row) throw notFound('The referral');
    if (row.version !== input.version) throw new AppError('CONFLICT', STALE);
    if (!OPEN_STATUSES.includes(row.status))
      throw new AppError('PRECONDITION_FAILED', `This referral was already ${row.status}.`);
    let targetReferralId: string;
    if (input.into.kind === 'referral') {
      const target = await findReferral(tx, ctx.serviceId, input.into.id);
      if (!target || target.id === id) throw notFound('The referral to merge into');
      targetReferralId = target.id;
    } else {
      const family = await findFamily(tx, ctx.serviceId, input.into.id);
      if (!family) throw notFound('The family to merge into');
      targetReferralId = family.referralId;
    }
    const changed = await updateReferral(tx, ctx.serviceId, id, input.version, {
      status: 'merged',
      mergedInto: targetReferralId,
      ...(input.into.kind === 'family' ? { familyId: input.into.id } : {}),
    });
    if (changed === 0) throw new AppError('CONFLICT', STALE);
    await insertEvent(tx, {
      serviceId: ctx.serviceId,
      referralId: id,
      actorUserId: ctx.userId,
      kind: 'merged',
      note: input.note ?? null,
      details: { into: input.into },
    });
    await insertEvent(tx, {
      serviceId: ctx.serviceId,
      referralId: targetReferralId,
      actorUserId: ctx.userId,
      kind: 'merged-in',
      note: input.note ?? null,
      details: { from: id, reference: row.reference },
    });
    await audit(tx, actor, {
      action: 'referral.merged',
      entityType: 'referral',
      entityId: id,
      details: { into: input.into },
    });
    return { status: 'merged' as const, mergedInto: targetReferralId };
  });
}
