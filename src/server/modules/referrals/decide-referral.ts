import { v7 as uuidv7 } from 'uuid';
import { auditMany, type Actor, type AuditInput } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { OPEN_STATUSES, REFERRAL_STATUSES, type ReferralStatus } from '../../../core/referral-options';
import { policy } from './policy';
import { startFamilyRecord } from '../families/start-record';
import { headline, submissionOf } from './present';
import { findReferral, findService, insertEvent, updateReferral } from './queries';
import type { Decision } from './schemas';
import { settingsOf } from './settings';

const STATUS_AFTER: Record<Decision['decision'], ReferralStatus> = {
  accept: 'accepted',
  decline: 'declined',
  signpost: 'signposted',
  'request-info': 'info-requested',
};

export const STALE =
  'Someone else decided this referral while you were looking at it. Reload to see their decision; your note has not been lost from this page.';

/**
 * Records a triage decision. Accepting opens the family's case on the waiting list. Two people
 * deciding at once: the first wins, the second is told, and nothing is overwritten.
 */
export async function decideReferral({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: Decision }) {
  authorize(ctx, policy.triage);
  return withinService(ctx, async (tx, actor) => {
    const row = await findReferral(tx, ctx.serviceId, id);
    if (!row) throw notFound('The referral');
    if (row.version !== input.version) throw new AppError('CONFLICT', STALE);
    if (!OPEN_STATUSES.includes(row.status)) {
      throw new AppError(
        'PRECONDITION_FAILED',
        `This referral was already ${REFERRAL_STATUSES[row.status].toLowerCase()}; it cannot be decided again.`,
      );
    }
    let reasonCode: string | null = null;
    if (input.decision === 'decline') {
      const service = await findService(tx, ctx.serviceId);
      const reasons = service ? settingsOf(service).declineReasons : [];
      if (!reasons.some((r) => r.code === input.reasonCode)) {
        throw new AppError('VALIDATION', 'Choose one of the decline reasons.', {
          fields: [{ path: 'body.reasonCode', message: 'Choose one of the decline reasons' }],
        });
      }
      reasonCode = input.reasonCode;
    }
    // The version-checked update comes first: it takes the row lock that orders two deciders, and
    // the audit (which takes the service's audit lock) comes last, so locks are always taken in
    // the same order.
    const familyId = input.decision === 'accept' ? uuidv7() : undefined;
    const changed = await updateReferral(tx, ctx.serviceId, id, input.version, {
      status: STATUS_AFTER[input.decision],
      ...(input.decision === 'accept' ? { priority: input.priority, familyId } : {}),
    });
    if (changed === 0) throw new AppError('CONFLICT', STALE);
    const audits: { actor: Actor; input: AuditInput }[] = [
      { actor, input: { action: `referral.${STATUS_AFTER[input.decision]}`, entityType: 'referral', entityId: id } },
    ];
    if (input.decision === 'accept' && familyId) {
      const { parent, baby } = headline(row);
      const { previousEpisodeId } = await startFamilyRecord(tx, {
        serviceId: ctx.serviceId,
        familyId,
        name: `${parent} (${baby})`,
        priority: input.priority,
        referral: { id: row.id, referralDate: row.referralDate, submission: submissionOf(row) },
      });
      audits.push({
        actor,
        input: { action: 'family.created', entityType: 'family', entityId: familyId, details: { previousEpisodeId } },
      });
    }
    await insertEvent(tx, {
      serviceId: ctx.serviceId,
      referralId: id,
      actorUserId: ctx.userId,
      kind: input.decision === 'request-info' ? 'info-requested' : STATUS_AFTER[input.decision],
      reasonCode,
      note: input.note ?? null,
      details:
        input.decision === 'signpost'
          ? { signpostTo: input.signpostTo }
          : input.decision === 'accept'
            ? { priority: input.priority, familyId }
            : {},
    });
    await auditMany(tx, ctx.serviceId, audits);
    return { status: STATUS_AFTER[input.decision], familyId: familyId ?? null, version: input.version + 1 };
  });
}
