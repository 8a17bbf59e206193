import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound, staleVersion } from '../../platform/errors';
import { policy } from './policy';
import { presentMember } from './present';
import { countOtherActiveAdmins, findMember, updateMembership } from './queries';
import type { UpdateMember } from './schemas';

/**
 * Changes a member's role or deactivates (or reactivates) them. Members are never deleted, so
 * the audit trail always resolves who did what. The last active admin cannot be removed.
 */
export async function updateMember({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: UpdateMember }) {
  authorize(ctx, policy.manageMembers);
  return withinService(ctx, async (tx, actor) => {
    const before = await findMember(tx, ctx.serviceId, id);
    if (!before) throw notFound('The member');
    const stillAdmin = (input.role ?? before.role) === 'admin' && (input.active ?? before.active);
    if (
      before.role === 'admin' &&
      before.active &&
      !stillAdmin &&
      (await countOtherActiveAdmins(tx, ctx.serviceId, id)) === 0
    ) {
      throw new AppError(
        'PRECONDITION_FAILED',
        'A service needs at least one active admin. Make someone else an admin first.',
      );
    }
    const changed = await updateMembership(tx, ctx.serviceId, id, input.version, {
      role: input.role,
      active: input.active,
    });
    if (changed === 0) {
      throw staleVersion('this member');
    }
    const details: Record<string, unknown> = {};
    if (input.role !== undefined && input.role !== before.role) details.role = { from: before.role, to: input.role };
    if (input.active !== undefined && input.active !== before.active)
      details.active = { from: before.active, to: input.active };
    await audit(tx, actor, { action: 'membership.updated', entityType: 'membership', entityId: id, details });
    const after = await findMember(tx, ctx.serviceId, id);
    if (!after) throw notFound('The member');
    return presentMember(after);
  });
}
