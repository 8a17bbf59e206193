import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { OPEN_STATUSES, REFERRAL_STATUSES } from '../../../core/referral-options';
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
      throw new AppError(
        'PRECONDITION_FAILED',
        `This referral was already ${REFERRAL_STATUSES[row.status].toLowerCase()}.`,
      );
    const family = input.into.kind === 'family' ? await findFamily(tx, ctx.serviceId, input.into.id) : null;
    if (input.into.kind === 'family' && !family) throw notFound('The family to merge into');
    const target = await findReferral(tx, ctx.serviceId, family ? family.referralId : input.into.id);
    if (!target || target.id === id) throw notFound('The referral to merge into');
    const targetReferralId = target.id;
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
      details: { into: input.into, reference: target.reference },
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
