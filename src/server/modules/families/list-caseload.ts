import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { settingsOf } from '../referrals';
import { withCaseloadDetails } from './caseload-details';
import { policy } from './policy';
import { findService, listCaseload as selectCaseload, listCaseloadHolders } from './queries';

/** The caller's own caseload: families allocated to them as lead or co-worker. */
export async function listCaseload({ ctx }: { ctx: ServiceCtx }) {
  authorize(ctx, policy.caseload);
  return withinService(ctx, async (tx) => {
    const service = await findService(tx, ctx.serviceId);
    if (!service) throw notFound('The service');
    const rows = await selectCaseload(tx, ctx.serviceId, ctx.membershipId);
    return { families: await withCaseloadDetails(tx, ctx.serviceId, rows, settingsOf(service).targetWaitWeeks) };
  });
}

/** Every practitioner's caseload and its size, for a manager. */
export async function listTeamCaseloads({ ctx }: { ctx: ServiceCtx }) {
  authorize(ctx, policy.teamCaseloads);
  return withinService(ctx, async (tx) => {
    const service = await findService(tx, ctx.serviceId);
    if (!service) throw notFound('The service');
    const holders = await listCaseloadHolders(tx, ctx.serviceId);
    const practitioners = [];
    for (const holder of holders) {
      const rows = await selectCaseload(tx, ctx.serviceId, holder.id);
      const families = await withCaseloadDetails(tx, ctx.serviceId, rows, settingsOf(service).targetWaitWeeks);
      practitioners.push({ ...holder, size: families.length, families });
    }
    return { practitioners };
  });
}
