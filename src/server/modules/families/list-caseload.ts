import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { settingsOf } from '../referrals';
import { policy } from './policy';
import { presentFamily } from './present';
import { findMembershipOf, findService, listCaseload as selectCaseload } from './queries';

/** The caller's own caseload: families allocated to them as lead or co-worker. */
export async function listCaseload({ ctx }: { ctx: ServiceCtx }) {
  authorize(ctx, policy.caseload);
  return withinService(ctx, async (tx) => {
    const service = await findService(tx, ctx.serviceId);
    const me = ctx.userId ? await findMembershipOf(tx, ctx.serviceId, ctx.userId) : null;
    if (!service || !me) throw notFound('Your membership');
    const rows = await selectCaseload(tx, ctx.serviceId, me);
    return { families: rows.map((r) => presentFamily(r, settingsOf(service).targetWaitWeeks)) };
  });
}
