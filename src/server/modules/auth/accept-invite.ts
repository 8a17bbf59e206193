import { audit } from '../../platform/audit';
import { withinPlatform, type Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { hashPassword, sha256 } from '../../platform/secrets';
import { findLiveInvite, updateUser, useInvite } from './queries';
import type { AcceptInvite } from './schemas';

const GONE = 'This invitation link has expired or has already been used. Ask your service admin for a new one.';

/** Who an invitation is for, so the page can greet them; nothing if it is used or expired. */
export async function readInvite({ ctx, token }: { ctx: Ctx; token: string }) {
  const invite = await withinPlatform(ctx, (tx) => findLiveInvite(tx, sha256(token)));
  if (!invite) throw new AppError('NOT_FOUND', GONE);
  return { email: invite.email, displayName: invite.displayName };
}

/** Sets the invited person's password and uses the link up. */
export async function acceptInvite({ ctx, token, input }: { ctx: Ctx; token: string; input: AcceptInvite }) {
  await withinPlatform(ctx, async (tx, actor) => {
    const invite = await findLiveInvite(tx, sha256(token));
    if (!invite) throw new AppError('NOT_FOUND', GONE);
    await updateUser(tx, invite.userId, { passwordHash: await hashPassword(input.password) });
    await useInvite(tx, invite.id);
    await audit(
      tx,
      { ...actor, userId: invite.userId },
      { action: 'user.password-set', entityType: 'user', entityId: invite.userId },
    );
  });
}
