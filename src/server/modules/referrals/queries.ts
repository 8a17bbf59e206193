import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { OPEN_STATUSES, type Priority, type ReferralStatus } from '../../../core/referral-options';
import { families, referralEvents, referralInbox, referrals, services, users } from '../../db/schema';
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

/** A waiting submission, claimed by a drain: what the drain needs to turn it into a referral. */
export type ClaimedSubmission = {
  id: string;
  reference: string;
  receivedAt: Date;
  eligibility: 'eligible' | 'ineligible' | 'check';
  requestId: string | null;
  clientAddress: string | null;
  route: 'self' | 'professional';
  referrerRole: string | null;
  parents: { name?: string; dateOfBirth?: string; nhsNumber?: string }[];
  baby: { kind: 'born' | 'expected'; name?: string; dateOfBirth?: string; nhsNumber?: string };
};

/**
 * Claims up to `limit` submissions not yet turned into referrals, oldest first, and marks them
 * processed, in one statement of the caller's transaction (a rollback puts them back). Rows
 * another drain holds are waited for (and then skipped, being processed), so a drain that returns
 * has seen every submission committed before it started. Answers them oldest first, with only
 * the parts of the submission a drain reads: the rest is copied by `insertReceived`.
 */
export async function claimInbox(tx: Tx, serviceId: string, limit: number): Promise<ClaimedSubmission[]> {
  const rows = await queryRows<{
    id: string;
    reference: string;
    received_at: Date | string;
    eligibility: ClaimedSubmission['eligibility'];
    request_id: string | null;
    client_address: string | null;
    route: ClaimedSubmission['route'];
    referrer_role: string | null;
    parents: ClaimedSubmission['parents'];
    baby: ClaimedSubmission['baby'];
  }>(
    tx,
    sql`update referral_inbox i set processed_at = now()
        from (select service_id, id from referral_inbox
              where service_id = ${serviceId} and processed_at is null
              order by received_at limit ${limit} for update) c
        where i.service_id = c.service_id and i.id = c.id
        returning i.id, i.reference, i.received_at, i.eligibility, i.request_id, i.client_address,
                  i.payload->>'route' as route, i.payload->'referrer'->>'role' as referrer_role,
                  i.payload->'parents' as parents, i.payload->'baby' as baby`,
  );
  return rows
    .map((r) => ({
      id: r.id,
      reference: r.reference,
      receivedAt: new Date(r.received_at),
      eligibility: r.eligibility,
      requestId: r.request_id,
      clientAddress: r.client_address,
      route: r.route,
      referrerRole: r.referrer_role,
      parents: r.parents,
      baby: r.baby,
    }))
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Services with submissions waiting: read by the background worker across services. */
export const servicesWithPendingInbox = async (db: Db) =>
  (
    await db
      .selectDistinct({ serviceId: referralInbox.serviceId })
      .from(referralInbox)
      .where(isNull(referralInbox.processedAt))
  ).map((r) => r.serviceId);

/** A claimed submission as a referral: its new ids, where it came from and what it may repeat. */
export type ReceivedReferral = {
  id: string;
  inboxId: string;
  eventId: string;
  route: 'self' | 'professional';
  source: string;
  possibleDuplicates: { kind: 'referral' | 'family'; id: string; reference: string; why: string }[];
  keys: string[];
  /** The details of the "received" history entry. */
  details: Record<string, unknown>;
};

/**
 * Writes claimed submissions as referrals, with their identity keys and "received" history
 * entries, in one statement. The submission itself (and its reference, dates and eligibility) is
 * copied from the inbox row inside the database, so it is stored exactly as it arrived.
 */
export async function insertReceived(tx: Tx, serviceId: string, rows: ReceivedReferral[]): Promise<void> {
  if (rows.length === 0) return;
  const batch = JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      inbox_id: r.inboxId,
      event_id: r.eventId,
      route: r.route,
      source: r.source,
      possible_duplicates: r.possibleDuplicates,
      keys: r.keys,
      details: r.details,
    })),
  );
  await tx.execute(sql`
    with r as (
      select * from jsonb_to_recordset(${batch}::jsonb) as r(id uuid, inbox_id uuid, event_id uuid, route text,
        source text, possible_duplicates jsonb, keys jsonb, details jsonb)
    ), referral as (
      insert into referrals (service_id, id, reference, route, source, received_at, referral_date, submission,
        immediate_risk, eligibility, eligibility_reasons, possible_duplicates, idempotency_key)
      select i.service_id, r.id, i.reference, r.route, r.source, i.received_at, i.referral_date, i.payload,
        i.immediate_risk, i.eligibility, i.eligibility_reasons, r.possible_duplicates, i.submission_id
      from r cross join lateral (
        select * from referral_inbox i where i.service_id = ${serviceId} and i.id = r.inbox_id
      ) i
      returning id, received_at
    ), event as (
      insert into referral_events (service_id, id, referral_id, at, kind, details)
      select ${serviceId}, r.event_id, r.id, referral.received_at, 'received', r.details
      from r join referral using (id)
    )
    insert into referral_identities (service_id, referral_id, key)
    select ${serviceId}, r.id, k.key from r cross join lateral jsonb_array_elements_text(r.keys) as k(key)`);
}

/** Enough per key to show a coordinator; a person referred more often is plainly known to the service. */
export const MAX_MATCHES = 20;

/**
 * For each of `keys`, the latest (at most MAX_MATCHES) open referrals and active families that
 * share it, newest first.
 */
export async function findMatches(tx: Tx, serviceId: string, keys: string[]) {
  if (keys.length === 0) return [];
  return queryRows<{
    key: string;
    referralId: string;
    reference: string;
    familyId: string | null;
    familyStatus: string | null;
  }>(
    tx,
    sql`select k.key, m.referral_id as "referralId", m.reference, m.family_id as "familyId",
               m.family_status as "familyStatus"
        from jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) as k(key)
        cross join lateral (
          select r.id as referral_id, r.reference, r.family_id, f.status as family_status
          from referral_identities ri
          join referrals r on r.service_id = ri.service_id and r.id = ri.referral_id
          left join families f on f.service_id = r.service_id and f.id = r.family_id
          where ri.service_id = ${serviceId} and ri.key = k.key
            and (r.status in ('new', 'info-requested') or (f.status is not null and f.status <> 'discharged'))
          order by r.received_at desc
          limit ${MAX_MATCHES}
        ) m`,
  );
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

/** The driver under drizzle: node-postgres' pool, or PGlite. Both answer `{ rows }`. */
type Driver = {
  query: (
    query: string | { name: string; text: string; values: unknown[] },
    values?: unknown[],
  ) => Promise<{ rows: unknown[] }>;
};

const RECEIVE =
  'select reference, eligibility, immediate_risk from haven_receive_referral($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $9, $10, $11)';

/**
 * Stores a public submission in one round trip (see migration 0006): answers the receipt, the
 * earlier receipt for a submission id already seen, or null when the reference was taken.
 *
 * The busiest statement Haven runs, so it skips drizzle's query building and, on a PostgreSQL
 * server, is a named statement: each connection parses and plans it once, not on every call.
 */
export async function receiveReferral(db: Db, row: typeof referralInbox.$inferInsert & { referralDate: string }) {
  const values = [
    row.serviceId,
    row.id,
    row.submissionId,
    row.reference,
    row.referralDate,
    JSON.stringify(row.payload),
    row.eligibility,
    JSON.stringify(row.eligibilityReasons),
    row.immediateRisk,
    row.requestId ?? null,
    row.clientAddress ?? null,
  ];
  const driver = (db as unknown as { $client: Driver }).$client;
  const { rows } =
    driver instanceof pg.Pool
      ? await driver.query({ name: 'haven_receive_referral', text: RECEIVE, values })
      : await driver.query(RECEIVE, values);
  const receipt = rows[0] as
    { reference: string; eligibility: 'eligible' | 'ineligible' | 'check'; immediate_risk: boolean } | undefined;
  return receipt
    ? { reference: receipt.reference, eligibility: receipt.eligibility, immediateRisk: receipt.immediate_risk }
    : null;
}
