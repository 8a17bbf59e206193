import { and, count, eq, inArray, isNull, lt, notInArray, type SQL } from 'drizzle-orm';
import { RESTRICTED_RISK_TYPES } from '../../../core/family-options';
import { riskFlags, users } from '../../db/schema';
import type { Tx } from '../../platform/db';

const columns = {
  id: riskFlags.id,
  familyId: riskFlags.familyId,
  type: riskFlags.type,
  level: riskFlags.level,
  summary: riskFlags.summary,
  raisedOn: riskFlags.raisedOn,
  reviewOn: riskFlags.reviewOn,
  raisedById: riskFlags.raisedBy,
  raisedByName: users.displayName,
  closedOn: riskFlags.closedOn,
  closedReason: riskFlags.closedReason,
  version: riskFlags.version,
  createdAt: riskFlags.createdAt,
};

const selectFlags = (tx: Tx, where: SQL | undefined) =>
  tx.select(columns).from(riskFlags).leftJoin(users, eq(users.id, riskFlags.raisedBy)).where(where);

export type RiskRow = Awaited<ReturnType<typeof selectFlags>>[number];

/** Leaves out the restricted types unless the caller may see them. */
const visible = (includeRestricted: boolean) =>
  includeRestricted ? undefined : notInArray(riskFlags.type, [...RESTRICTED_RISK_TYPES]);

export const listFlags = (tx: Tx, serviceId: string, familyId: string, includeRestricted: boolean) =>
  selectFlags(
    tx,
    and(eq(riskFlags.serviceId, serviceId), eq(riskFlags.familyId, familyId), visible(includeRestricted)),
  );

export const listActiveFlags = (tx: Tx, serviceId: string, familyId: string, includeRestricted: boolean) =>
  tx
    .select({ id: riskFlags.id, type: riskFlags.type, level: riskFlags.level, reviewOn: riskFlags.reviewOn })
    .from(riskFlags)
    .where(
      and(
        eq(riskFlags.serviceId, serviceId),
        eq(riskFlags.familyId, familyId),
        isNull(riskFlags.closedOn),
        visible(includeRestricted),
      ),
    );

export const findFlag = async (tx: Tx, serviceId: string, id: string) =>
  (await selectFlags(tx, and(eq(riskFlags.serviceId, serviceId), eq(riskFlags.id, id))))[0] ?? null;

export async function insertFlag(tx: Tx, row: typeof riskFlags.$inferInsert): Promise<void> {
  await tx.insert(riskFlags).values(row);
}

/** A version-checked change to an active flag; answers how many rows changed (0: stale or closed). */
export async function updateActiveFlag(
  tx: Tx,
  serviceId: string,
  id: string,
  version: number,
  values: Partial<Pick<typeof riskFlags.$inferInsert, 'level' | 'summary' | 'reviewOn' | 'closedOn' | 'closedReason'>>,
): Promise<number> {
  const rows = await tx
    .update(riskFlags)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(riskFlags.serviceId, serviceId),
        eq(riskFlags.id, id),
        eq(riskFlags.version, version),
        isNull(riskFlags.closedOn),
      ),
    )
    .returning({ id: riskFlags.id });
  return rows.length;
}

/** Per family, the active flags whose review date is before `today`. */
export const countOverdue = (
  tx: Tx,
  serviceId: string,
  familyIds: string[],
  includeRestricted: boolean,
  today: string,
) =>
  tx
    .select({ familyId: riskFlags.familyId, n: count() })
    .from(riskFlags)
    .where(
      and(
        eq(riskFlags.serviceId, serviceId),
        inArray(riskFlags.familyId, familyIds),
        isNull(riskFlags.closedOn),
        lt(riskFlags.reviewOn, today),
        visible(includeRestricted),
      ),
    )
    .groupBy(riskFlags.familyId);
