import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { policy } from './policy';
import { listAllocatable as selectAllocatable } from './queries';

/** Who a family can be allocated to, with each person's current caseload size. */
export async function listAllocatable({ ctx }: { ctx: ServiceCtx }) {
  authorize(ctx, policy.allocate);
  return { people: await withinService(ctx, (tx) => selectAllocatable(tx, ctx.serviceId)) };
}
