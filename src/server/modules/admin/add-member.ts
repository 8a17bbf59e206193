import { auditMany, type AuditInput } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { hashPassword, randomToken, sha256 } from '../../platform/secrets';
import { policy } from './policy';
import { presentMember } from './present';
import { findMember, findMemberByUser, findUserIdByEmail, insertInvite, insertMembership, insertUser } from './queries';
import type { AddMemberWithPassword } from './schemas';

export const INVITE_DAYS = 7;

/**
 * Adds a person to the service with a role. Someone new gets an account and, unless a first
 * password is given, a single-use invitation link to set one; someone who already has an account
 * (in another service) just gains the membership.
 */
export async function addMember({ ctx, input }: { ctx: ServiceCtx; input: AddMemberWithPassword }) {
  authorize(ctx, policy.manageMembers);
  return withinService(ctx, async (tx, actor) => {
    let userId = await findUserIdByEmail(tx, input.email);
    let inviteToken: string | null = null;
    // Written last, in order: the audit lock is always taken after any row locks.
    const events: AuditInput[] = [];
    if (userId) {
      if (await findMemberByUser(tx, ctx.serviceId, userId)) {
        throw new AppError('CONFLICT', `${input.email} is already a member of this service.`, {
          fields: [{ path: 'body.email', message: 'This person is already a member of this service' }],
        });
      }
    } else {
      const passwordHash = input.password ? await hashPassword(input.password) : null;
      userId = await insertUser(tx, { email: input.email, displayName: input.displayName, passwordHash });
      events.push({ action: 'user.created', entityType: 'user', entityId: userId });
      if (!passwordHash) {
        inviteToken = randomToken();
        await insertInvite(tx, userId, sha256(inviteToken), new Date(Date.now() + INVITE_DAYS * 86_400_000));
        events.push({ action: 'user.invited', entityType: 'user', entityId: userId });
      }
    }
    const id = await insertMembership(tx, ctx.serviceId, userId, input.role);
    events.push({
      action: 'membership.created',
      entityType: 'membership',
      entityId: id,
      details: { role: input.role },
    });
    await auditMany(
      tx,
      ctx.serviceId,
      events.map((event) => ({ actor, input: event })),
    );
    const row = await findMember(tx, ctx.serviceId, id);
    if (!row) throw new AppError('INTERNAL', 'The new member could not be read back.');
    return { member: presentMember(row), invitePath: inviteToken ? `/invite/${inviteToken}` : null };
  });
}
