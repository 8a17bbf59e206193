import { createHash } from 'node:crypto';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { auditEvents } from '../db/schema';
import type { Db, Tx } from './db';

export const GENESIS_HASH = '0'.repeat(64);

/** Who is acting, and from where: carried by every operation into its audit events. */
export type Actor = {
  serviceId: string;
  userId: string | null;
  requestId: string | null;
  clientAddress: string | null;
};

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

type Chained = {
  serviceId: string;
  seq: number;
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  clientAddress: string | null;
  details: Record<string, unknown>;
  prevHash: string;
};

/** JSON with object keys sorted, so a value hashes the same after a round trip through jsonb. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function hashEvent(e: Chained): string {
  const body = canonical([
    e.serviceId,
    e.seq,
    e.id,
    e.occurredAt.toISOString(),
    e.actorUserId,
    e.action,
    e.entityType,
    e.entityId,
    e.requestId,
    e.clientAddress,
    e.details,
    e.prevHash,
  ]);
  return createHash('sha256').update(body).digest('hex');
}

/**
 * Appends one event to the service's chain inside the caller's transaction, so that if the
 * audit write fails the change it records rolls back with it.
 */
export const audit = (tx: Tx, actor: Actor, input: AuditInput): Promise<void> =>
  auditMany(tx, actor.serviceId, [{ actor, input }]);

/** Appends several events to one service's chain in order, with one lock and one insert. */
export async function auditMany(
  tx: Tx,
  serviceId: string,
  entries: { actor: Actor; input: AuditInput }[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${serviceId}, 0))`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.serviceId, serviceId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map(({ actor, input }) => {
    seq += 1;
    const event: Chained = {
      serviceId,
      seq,
      id: uuidv7(),
      occurredAt: new Date(),
      actorUserId: actor.userId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      requestId: actor.requestId,
      clientAddress: actor.clientAddress,
      details: input.details ?? {},
      prevHash,
    };
    prevHash = hashEvent(event);
    return { ...event, hash: prevHash };
  });
  // One parameter for the whole batch: building a many-row insert statement costs more than the insert.
  const batch = rows.map((r) => ({
    service_id: r.serviceId,
    seq: r.seq,
    id: r.id,
    occurred_at: r.occurredAt.toISOString(),
    actor_user_id: r.actorUserId,
    action: r.action,
    entity_type: r.entityType,
    entity_id: r.entityId,
    request_id: r.requestId,
    client_address: r.clientAddress,
    details: r.details,
    prev_hash: r.prevHash,
    hash: r.hash,
  }));
  await tx.execute(sql`
    insert into audit_events (service_id, seq, id, occurred_at, actor_user_id, action, entity_type, entity_id,
                              request_id, client_address, details, prev_hash, hash)
    select service_id, seq, id, occurred_at, actor_user_id, action, entity_type, entity_id,
           request_id, client_address, details, prev_hash, hash
    from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as e(
      service_id uuid, seq bigint, id uuid, occurred_at timestamptz, actor_user_id uuid, action text,
      entity_type text, entity_id text, request_id text, client_address text, details jsonb,
      prev_hash text, hash text)`);
}

export type ChainBreak = { serviceId: string; seq: number; problem: string };
export type VerifyResult = { events: number; chains: number; firstBreak: ChainBreak | null };

/** Walks every chain in order; reports the first altered, removed or reordered event. */
export async function verifyAuditChains(db: Db): Promise<VerifyResult> {
  const rows = await db.select().from(auditEvents).orderBy(asc(auditEvents.serviceId), asc(auditEvents.seq));
  let chains = 0;
  let prev: { serviceId: string; seq: number; hash: string } | null = null;
  for (const row of rows) {
    const seq = row.seq;
    if (!prev || prev.serviceId !== row.serviceId) {
      chains += 1;
      prev = { serviceId: row.serviceId, seq: 0, hash: GENESIS_HASH };
    }
    const brk = (problem: string): VerifyResult => ({
      events: rows.length,
      chains,
      firstBreak: { serviceId: row.serviceId, seq, problem },
    });
    if (seq !== prev.seq + 1) return brk(`event ${prev.seq + 1} is missing (next found is ${seq})`);
    if (row.prevHash !== prev.hash) return brk('does not link to the event before it');
    if (hashEvent({ ...row, seq, details: row.details }) !== row.hash) return brk('its contents were altered');
    prev = { serviceId: row.serviceId, seq, hash: row.hash };
  }
  return { events: rows.length, chains, firstBreak: null };
}
