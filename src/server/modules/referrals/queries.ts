import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { OPEN_STATUSES, type Priority, type ReferralStatus } from '../../../core/referral-options';
import {
  families,
  referralEvents,
  referralIdentities,
  referralInbox,
  referrals,
  services,
  users,
} from '../../db/schema';
import { queryRows, type Db, type Tx } from '../../platform/db';
import type { QueueFilter } from './schemas';

export type ReferralRow = typeof referrals.$inferSelect;
export type NewReferral = typeof referrals.$inferInsert;

export const findServiceBySlug = async (tx: Tx, slug: string) =>
  (await tx.select().from(services).where(eq(services.slug, slug)))[0] ?? null;

export const findService = async (tx: Tx, serviceId: string) =>
  (await tx.select().from(services).where(eq(services.id, serviceId)))[0] ?? null;

export async function updateServiceSettings(
  tx: Tx,
  serviceId: string,
  version: number,
  settings: Record<string, unknown>,
) {
  const rows = await tx
    .update(services)
    .set({ referralSettings: settings, referralSettingsVersion: version + 1, updatedAt: new Date() })
    .where(and(eq(services.id, serviceId), eq(services.referralSettingsVersion, version)))
    .returning({ id: services.id });
  return rows.length;
}

/**
 * Up to `limit` submissions not yet turned into referrals, oldest first, locked for this
 * transaction. Rows another drain holds are waited for (and then skipped, being processed), so a
 * drain that returns has seen every submission committed before it started.
 */
export const claimInbox = (tx: Tx, serviceId: string, limit: number) =>
  tx
    .select()
    .from(referralInbox)
    .where(and(eq(referralInbox.serviceId, serviceId), isNull(referralInbox.processedAt)))
    .orderBy(asc(referralInbox.receivedAt))
    .limit(limit)
    .for('update');

export const markProcessed = (tx: Tx, serviceId: string, ids: string[]) =>
  tx
    .update(referralInbox)
    .set({ processedAt: new Date() })
    .where(and(eq(referralInbox.serviceId, serviceId), inArray(referralInbox.id, ids)));

/** Services with submissions waiting: read by the background worker across services. */
export const servicesWithPendingInbox = async (db: Db) =>
  (
    await db
      .selectDistinct({ serviceId: referralInbox.serviceId })
      .from(referralInbox)
      .where(isNull(referralInbox.processedAt))
  ).map((r) => r.serviceId);

export async function insertReferrals(tx: Tx, rows: NewReferral[]) {
  if (rows.length > 0) await tx.insert(referrals).values(rows);
}

export async function insertIdentities(tx: Tx, rows: (typeof referralIdentities.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(referralIdentities).values(rows);
}

/** Enough per key to show a coordinator; a person referred more often is plainly known to the service. */
const MAX_MATCHES = 20;

/** The latest open referrals and active families that share any of `keys`, with the key they share. */
export async function findMatches(tx: Tx, serviceId: string, keys: string[]) {
  if (keys.length === 0) return [];
  return tx
    .select({
      referralId: referrals.id,
      reference: referrals.reference,
      status: referrals.status,
      familyId: referrals.familyId,
      familyStatus: families.status,
      key: referralIdentities.key,
    })
    .from(referralIdentities)
    .innerJoin(
      referrals,
      and(eq(referrals.serviceId, referralIdentities.serviceId), eq(referrals.id, referralIdentities.referralId)),
    )
    .leftJoin(families, and(eq(families.serviceId, referrals.serviceId), eq(families.id, referrals.familyId)))
    .where(
      and(
        eq(referralIdentities.serviceId, serviceId),
        inArray(referralIdentities.key, keys),
        sql`(${referrals.status} in ('new', 'info-requested') or (${families.status} is not null and ${families.status} <> 'discharged'))`,
      ),
    )
    .orderBy(desc(referrals.receivedAt))
    .limit(MAX_MATCHES * keys.length);
}

export async function insertEvents(tx: Tx, rows: Omit<typeof referralEvents.$inferInsert, 'id'>[]) {
  if (rows.length > 0) await tx.insert(referralEvents).values(rows.map((r) => ({ id: uuidv7(), ...r })));
}

export async function insertEvent(
  tx: Tx,
  e: {
    serviceId: string;
    referralId: string;
    actorUserId: string | null;
    kind: string;
    reasonCode?: string | null;
    note?: string | null;
    details?: Record<string, unknown>;
  },
) {
  await tx.insert(referralEvents).values({ id: uuidv7(), ...e });
}

export const listEvents = (tx: Tx, serviceId: string, referralId: string) =>
  tx
    .select()
    .from(referralEvents)
    .where(and(eq(referralEvents.serviceId, serviceId), eq(referralEvents.referralId, referralId)))
    .orderBy(asc(referralEvents.at), asc(referralEvents.id));

export function listQueue(tx: Tx, serviceId: string, filter: QueueFilter) {
  const conditions = [eq(referrals.serviceId, serviceId)];
  conditions.push(filter.status ? eq(referrals.status, filter.status) : inArray(referrals.status, [...OPEN_STATUSES]));
  if (filter.source) conditions.push(eq(referrals.source, filter.source));
  if (filter.eligibility) conditions.push(eq(referrals.eligibility, filter.eligibility));
  if (filter.flagged === 'true') conditions.push(sql`jsonb_array_length(${referrals.possibleDuplicates}) > 0`);
  if (filter.flagged === 'false') conditions.push(sql`jsonb_array_length(${referrals.possibleDuplicates}) = 0`);
  return tx
    .select()
    .from(referrals)
    .where(and(...conditions))
    .orderBy(asc(referrals.receivedAt))
    .limit(500);
}

export const findReferral = async (tx: Tx, serviceId: string, id: string) =>
  (
    await tx
      .select()
      .from(referrals)
      .where(and(eq(referrals.serviceId, serviceId), eq(referrals.id, id)))
  )[0] ?? null;

/** Writes only if the referral is still at `version`; answers how many rows changed (0 = stale). */
export async function updateReferral(
  tx: Tx,
  serviceId: string,
  id: string,
  version: number,
  values: { status?: ReferralStatus; priority?: Priority; familyId?: string; mergedInto?: string },
) {
  const rows = await tx
    .update(referrals)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(referrals.serviceId, serviceId), eq(referrals.id, id), eq(referrals.version, version)))
    .returning({ id: referrals.id });
  return rows.length;
}

export const findFamily = async (tx: Tx, serviceId: string, id: string) =>
  (
    await tx
      .select()
      .from(families)
      .where(and(eq(families.serviceId, serviceId), eq(families.id, id)))
  )[0] ?? null;

export async function displayNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Stores a public submission in one round trip (see migration 0006): answers the receipt, the
 * earlier receipt for a submission id already seen, or null when the reference was taken.
 */
export async function receiveReferral(db: Db, row: typeof referralInbox.$inferInsert & { referralDate: string }) {
  const [receipt] = await queryRows<{
    reference: string;
    eligibility: 'eligible' | 'ineligible' | 'check';
    immediate_risk: boolean;
  }>(
    db,
    sql`select * from haven_receive_referral(${row.serviceId}, ${row.id}, ${row.submissionId}, ${row.reference}, ${row.referralDate}, ${JSON.stringify(row.payload)}::jsonb, ${row.eligibility}, ${JSON.stringify(row.eligibilityReasons)}::jsonb, ${row.immediateRisk}, ${row.requestId ?? null}, ${row.clientAddress ?? null})`,
  );
  return receipt
    ? { reference: receipt.reference, eligibility: receipt.eligibility, immediateRisk: receipt.immediate_risk }
    : null;
}
