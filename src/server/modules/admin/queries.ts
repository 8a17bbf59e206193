import { and, count, eq, ne } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '../../../core/roles';
import { accountTokens, memberships, services, users } from '../../db/schema';
import type { Tx } from '../../platform/db';

const memberColumns = {
  id: memberships.id,
  userId: memberships.userId,
  role: memberships.role,
  active: memberships.active,
  version: memberships.version,
  createdAt: memberships.createdAt,
  email: users.email,
  displayName: users.displayName,
  hasPassword: users.passwordHash,
  totpSecret: users.totpSecret,
};

export const listMembers = (tx: Tx, serviceId: string) =>
  tx
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.serviceId, serviceId))
    .orderBy(users.displayName);

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

export const findMember = async (tx: Tx, serviceId: string, id: string) =>
  (
    await tx
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.serviceId, serviceId), eq(memberships.id, id)))
  )[0] ?? null;

export const findMemberByUser = async (tx: Tx, serviceId: string, userId: string) =>
  (
    await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.serviceId, serviceId), eq(memberships.userId, userId)))
  )[0] ?? null;

export const findUserIdByEmail = async (tx: Tx, email: string) =>
  (await tx.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? null;

export async function insertUser(tx: Tx, values: { email: string; displayName: string; passwordHash: string | null }) {
  const id = uuidv7();
  await tx.insert(users).values({ id, ...values });
  return id;
}

export async function insertMembership(tx: Tx, serviceId: string, userId: string, role: Role) {
  const id = uuidv7();
  await tx.insert(memberships).values({ serviceId, id, userId, role });
  return id;
}

/** Writes only if the row is still at `version`; answers how many rows changed (0 = stale). */
export async function updateMembership(
  tx: Tx,
  serviceId: string,
  id: string,
  version: number,
  values: { role?: Role; active?: boolean },
) {
  const rows = await tx
    .update(memberships)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(memberships.serviceId, serviceId), eq(memberships.id, id), eq(memberships.version, version)))
    .returning({ id: memberships.id });
  return rows.length;
}

export const countOtherActiveAdmins = async (tx: Tx, serviceId: string, exceptId: string) =>
  (
    await tx
      .select({ n: count() })
      .from(memberships)
      .where(
        and(
          eq(memberships.serviceId, serviceId),
          eq(memberships.role, 'admin'),
          eq(memberships.active, true),
          ne(memberships.id, exceptId),
        ),
      )
  )[0]?.n ?? 0;

export async function insertInvite(tx: Tx, userId: string, tokenHash: string, expiresAt: Date) {
  await tx.insert(accountTokens).values({ id: tokenHash, userId, purpose: 'invite', expiresAt });
}

export const findService = async (tx: Tx, serviceId: string) =>
  (await tx.select().from(services).where(eq(services.id, serviceId)))[0] ?? null;

export async function updateService(
  tx: Tx,
  serviceId: string,
  version: number,
  values: { requireTwoFactor: boolean; teamCaseloadsVisible: boolean },
) {
  const rows = await tx
    .update(services)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(services.id, serviceId), eq(services.version, version)))
    .returning({ id: services.id });
  return rows.length;
}
