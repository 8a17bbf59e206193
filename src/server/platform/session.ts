import { and, eq, isNull } from 'drizzle-orm';
import type { Role } from '../../core/roles';
import { memberships, services, sessions, users } from '../db/schema';
import type { Config } from '../config';
import { inScope, setScope, type Db, type Tx } from './db';
import { randomToken, sha256 } from './secrets';

/** What the server knows about the caller once their session cookie is resolved. */
export type SessionState = {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  csrfToken: string;
  twoFactorPending: boolean;
  twoFactorEnrolled: boolean;
  service: { id: string; name: string; requireTwoFactor: boolean; role: Role; membershipId: string } | null;
};

export const SESSION_COOKIE = 'haven_session';

/** Starts a session and returns the cookie token; only the token's hash is stored. */
export async function startSession(tx: Tx, config: Config, userId: string, twoFactorPending: boolean): Promise<string> {
  const token = randomToken();
  await tx.insert(sessions).values({
    id: sha256(token),
    userId,
    csrfToken: randomToken(24),
    twoFactorPending,
    expiresAt: new Date(Date.now() + config.HAVEN_SESSION_ABSOLUTE_HOURS * 3_600_000),
  });
  return token;
}

/** Ends a session server-side; the cookie is then worthless even if it was copied. */
export async function endSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.update(sessions).set({ endedAt: new Date() }).where(eq(sessions.id, sessionId));
}

// last_seen_at is written at most this often, so reads do not each cost a write.
const TOUCH_EVERY_MS = 60_000;

/** Looks up a live session: not ended, within its absolute lifetime, not idle too long. */
export async function resolveSession(db: Db, config: Config, token: string): Promise<SessionState | null> {
  const id = sha256(token);
  return inScope(db, { serviceId: null, userId: null }, async (tx) => {
    const [row] = await tx
      .select({
        userId: sessions.userId,
        serviceId: sessions.serviceId,
        csrfToken: sessions.csrfToken,
        twoFactorPending: sessions.twoFactorPending,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        email: users.email,
        displayName: users.displayName,
        totpSecret: users.totpSecret,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
    if (!row) return null;
    const now = Date.now();
    const idleLimit = row.lastSeenAt.getTime() + config.HAVEN_SESSION_IDLE_MINUTES * 60_000;
    if (row.expiresAt.getTime() <= now || idleLimit <= now) {
      await endSession(tx, id);
      return null;
    }
    if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await tx
        .update(sessions)
        .set({ lastSeenAt: new Date(now) })
        .where(eq(sessions.id, id));
    }
    let service: SessionState['service'] = null;
    if (row.serviceId) {
      await setScope(tx, { serviceId: row.serviceId, userId: row.userId });
      const [m] = await tx
        .select({
          membershipId: memberships.id,
          role: memberships.role,
          name: services.name,
          requireTwoFactor: services.requireTwoFactor,
        })
        .from(memberships)
        .innerJoin(services, eq(services.id, memberships.serviceId))
        .where(
          and(
            eq(memberships.serviceId, row.serviceId),
            eq(memberships.userId, row.userId),
            eq(memberships.active, true),
          ),
        );
      if (m) service = { id: row.serviceId, ...m };
    }
    return {
      sessionId: id,
      userId: row.userId,
      email: row.email,
      displayName: row.displayName,
      csrfToken: row.csrfToken,
      twoFactorPending: row.twoFactorPending,
      twoFactorEnrolled: row.totpSecret !== null,
      service,
    };
  });
}
