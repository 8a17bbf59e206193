import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { policy } from './policy';
import { presentMember } from './present';
import { listMembers as selectMembers } from './queries';

/** Everyone who belongs to the service, active or not. */
export async function listMembers({ ctx }: { ctx: ServiceCtx }) {
  authorize(ctx, policy.manageMembers);
  const rows = await withinService(ctx, (tx) => selectMembers(tx, ctx.serviceId));
  return rows.map(presentMember);
}
