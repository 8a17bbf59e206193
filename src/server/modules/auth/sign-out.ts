import { audit } from '../../platform/audit';
import { withinPlatform, type Ctx } from '../../platform/context';
import { endSession, type SessionState } from '../../platform/session';

/** Ends the session on the server, so the cookie no longer works anywhere. */
export async function signOut({ ctx, session }: { ctx: Ctx; session: SessionState | null }): Promise<void> {
  if (!session) return;
  await withinPlatform({ ...ctx, userId: session.userId }, async (tx, actor) => {
    await endSession(tx, session.sessionId);
    await audit(tx, actor, { action: 'sign-out', entityType: 'user', entityId: session.userId });
  });
}
