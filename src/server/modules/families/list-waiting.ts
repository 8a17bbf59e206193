import { PRIORITY_RANK } from '../../../core/referral-options';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { settingsOf } from '../referrals';
import { policy } from './policy';
import { presentFamily } from './present';
import { findService, listWaiting as selectWaiting } from './queries';

/** Families accepted and waiting: by priority, then by how long ago they were referred. */
export async function listWaiting({ ctx }: { ctx: ServiceCtx }) {
  authorize(ctx, policy.waitingList);
  return withinService(ctx, async (tx) => {
    const service = await findService(tx, ctx.serviceId);
    if (!service) throw notFound('The service');
    const targetWeeks = settingsOf(service).targetWaitWeeks;
    const rows = await selectWaiting(tx, ctx.serviceId);
    const ordered = rows.sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]);
    return { targetWeeks, families: ordered.map((r) => presentFamily(r, targetWeeks)) };
  });
}
