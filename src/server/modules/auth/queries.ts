import { and, eq, gt, isNull } from 'drizzle-orm';
import { accountTokens, memberships, services, sessions, signInThrottle, users } from '../../db/schema';
import type { Tx } from '../../platform/db';

export const findUserByEmail = async (tx: Tx, email: string) =>
  (await tx.select().from(users).where(eq(users.email, email)))[0] ?? null;

export const findUser = async (tx: Tx, id: string) =>
  (await tx.select().from(users).where(eq(users.id, id)))[0] ?? null;

export const updateUser = (tx: Tx, id: string, values: Partial<typeof users.$inferInsert>) =>
  tx
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id));

export const completeTwoFactor = (tx: Tx, sessionId: string) =>
  tx.update(sessions).set({ twoFactorPending: false }).where(eq(sessions.id, sessionId));

export const setSessionService = (tx: Tx, sessionId: string, serviceId: string) =>
  tx.update(sessions).set({ serviceId }).where(eq(sessions.id, sessionId));

/** The active services a user belongs to (row-level security lets a user see their own memberships). */
export const listUserServices = (tx: Tx, userId: string) =>
  tx
    .select({ id: services.id, name: services.name, slug: services.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(services, eq(services.id, memberships.serviceId))
    .where(and(eq(memberships.userId, userId), eq(memberships.active, true)))
    .orderBy(services.name);

export const readThrottle = async (tx: Tx, key: string) =>
  (await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)))[0] ?? null;

export const writeThrottle = (tx: Tx, row: typeof signInThrottle.$inferInsert) =>
  tx
    .insert(signInThrottle)
    .values(row)
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: { failures: row.failures, windowStartedAt: row.windowStartedAt, lockedUntil: row.lockedUntil ?? null },
    });

export const clearThrottle = (tx: Tx, key: string) => tx.delete(signInThrottle).where(eq(signInThrottle.key, key));

export const findLiveInvite = async (tx: Tx, tokenHash: string) =>
  (
    await tx
      .select({
        id: accountTokens.id,
        userId: accountTokens.userId,
        email: users.email,
        displayName: users.displayName,
      })
      .from(accountTokens)
      .innerJoin(users, eq(users.id, accountTokens.userId))
      .where(
        and(
          eq(accountTokens.id, tokenHash),
          eq(accountTokens.purpose, 'invite'),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, new Date()),
        ),
      )
  )[0] ?? null;

export const useInvite = (tx: Tx, tokenHash: string) =>
  tx.update(accountTokens).set({ usedAt: new Date() }).where(eq(accountTokens.id, tokenHash));
