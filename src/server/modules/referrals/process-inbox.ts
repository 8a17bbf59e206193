import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { describeMatch, identityKeys } from '../../../core/referral-identity';
import { auditMany } from '../../platform/audit';
import { inScope, type Db } from '../../platform/db';
import {
  claimInbox,
  findMatches,
  insertReceived,
  MAX_MATCHES,
  servicesWithPendingInbox,
  type ClaimedSubmission,
  type ReceivedReferral,
} from './queries';

type Duplicate = ReceivedReferral['possibleDuplicates'][number];

/** Submissions per transaction: big enough that a busy form costs few transactions. */
const BATCH = 250;
/** Audit events appended per statement. */
const AUDIT_SLICE = 100;

const keysOf = (s: ClaimedSubmission) => identityKeys([...s.parents, ...(s.baby.kind === 'born' ? [s.baby] : [])]);

/**
 * Turns a service's waiting submissions into referrals: duplicate checks against open referrals
 * and active families (and against each other), the "received" history entry and the audit
 * events, in one transaction per batch. Safe to run from several places at once: rows are
 * claimed with FOR UPDATE. Answers how many submissions it turned into referrals.
 */
export async function drainInbox(db: Db, serviceId: string): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await inScope(db, { serviceId, userId: null }, async (tx) => {
      // The foreign-key checks of the inserts below run once per row, through a plan each
      // connection keeps until something invalidates it. Made while the referrals table was
      // small and had no statistics (a new database, or autovacuum off), that plan can read all
      // of the service's referrals for every row, ever slower as they grow. Dropping the
      // connection's plans first makes PostgreSQL plan the checks again for the table as it is
      // now: an index lookup each.
      await tx.execute(sql`discard plans`);
      const claimed = await claimInbox(tx, serviceId, BATCH);
      if (claimed.length === 0) return 0;
      const keys = claimed.map(keysOf);
      // Per key, newest first and at most MAX_MATCHES: enough to show a coordinator.
      const byKey = new Map<string, Duplicate[]>();
      for (const m of await findMatches(tx, serviceId, [...new Set(keys.flat())])) {
        const dup: Duplicate =
          m.familyId && m.familyStatus
            ? { kind: 'family', id: m.familyId, reference: m.reference, why: describeMatch(m.key) }
            : { kind: 'referral', id: m.referralId, reference: m.reference, why: describeMatch(m.key) };
        const list = byKey.get(m.key);
        if (list) list.push(dup);
        else byKey.set(m.key, [dup]);
      }
      const received: ReceivedReferral[] = claimed.map((item, i) => {
        const id = uuidv7();
        const itemKeys = keys[i] ?? [];
        const dups = new Map<string, Duplicate>();
        for (const key of itemKeys) for (const d of byKey.get(key) ?? []) dups.set(`${d.kind}:${d.id}`, d);
        // Later submissions in the same batch see this one as an open referral.
        for (const key of itemKeys) {
          const self: Duplicate = { kind: 'referral', id, reference: item.reference, why: describeMatch(key) };
          byKey.set(key, [self, ...(byKey.get(key) ?? [])].slice(0, MAX_MATCHES));
        }
        const possibleDuplicates = [...dups.values()];
        return {
          id,
          inboxId: item.id,
          eventId: uuidv7(),
          route: item.route,
          source: item.route === 'self' ? 'self' : (item.referrerRole ?? 'other'),
          possibleDuplicates,
          keys: itemKeys,
          details: { route: item.route, eligibility: item.eligibility, possibleDuplicates: possibleDuplicates.length },
        };
      });
      await insertReceived(tx, serviceId, received);
      const events = claimed.map((item, i) => ({
        actor: { serviceId, userId: null, requestId: item.requestId, clientAddress: item.clientAddress },
        input: { action: 'referral.received', entityType: 'referral', entityId: received[i]?.id ?? null },
      }));
      // In slices, so that hashing and building a slice's insert never holds up answering the
      // public form for long; the chain continues from one slice to the next in this transaction.
      for (let i = 0; i < events.length; i += AUDIT_SLICE) {
        await auditMany(tx, serviceId, events.slice(i, i + AUDIT_SLICE));
      }
      return claimed.length;
    });
    total += n;
    if (n < BATCH) return total;
  }
}

/** Drains every service with waiting submissions: the safety net run on a timer. */
export async function drainAllInboxes(db: Db): Promise<number> {
  let total = 0;
  for (const serviceId of await servicesWithPendingInbox(db)) total += await drainInbox(db, serviceId);
  return total;
}

/**
 * How long a drain waits after the submission that asked for it. Submissions arriving meanwhile
 * join the same drain, so a busy form costs a few large transactions rather than one small one
 * per submission, and the drain takes less of the CPU that answering the senders needs.
 */
const DRAIN_DELAY_MS = 100;

type Drain = { db: Db; serviceId: string; timer: NodeJS.Timeout | null; running: Promise<void> | null; again: boolean };
const drains = new Map<Db, Map<string, Drain>>();
let report: (err: unknown) => void = () => undefined;

/** Where failures of background drains are reported (the server's logger); the timer retries them. */
export function onInboxError(fn: (err: unknown) => void): void {
  report = fn;
}

function drainOf(db: Db, serviceId: string): Drain {
  let byService = drains.get(db);
  if (!byService) {
    byService = new Map();
    drains.set(db, byService);
  }
  let drain = byService.get(serviceId);
  if (!drain) {
    drain = { db, serviceId, timer: null, running: null, again: false };
    byService.set(serviceId, drain);
  }
  return drain;
}

function forget(drain: Drain): void {
  const byService = drains.get(drain.db);
  byService?.delete(drain.serviceId);
  if (byService?.size === 0) drains.delete(drain.db);
}

function schedule(drain: Drain): void {
  drain.again = false;
  drain.timer = setTimeout(() => start(drain), DRAIN_DELAY_MS);
  drain.timer.unref();
}

function start(drain: Drain): void {
  drain.timer = null;
  drain.again = false;
  drain.running = drainInbox(drain.db, drain.serviceId)
    .then(
      () => undefined,
      (err: unknown) => report(err),
    )
    .finally(() => {
      drain.running = null;
      if (drain.again) schedule(drain);
      else forget(drain);
    });
}

/**
 * Drains the service's inbox shortly after a submission. At most one such drain per service runs
 * at a time: a submission that arrives while one runs gets another straight after it.
 */
export function drainSoon(db: Db, serviceId: string): void {
  const drain = drainOf(db, serviceId);
  if (drain.timer) return;
  if (drain.running) {
    drain.again = true;
    return;
  }
  schedule(drain);
}

const allDrains = () => [...drains.values()].flatMap((byService) => [...byService.values()]);

/** Runs the drains drainSoon has scheduled and waits for them all (for a graceful shutdown). */
export async function settleDrains(): Promise<void> {
  for (const drain of allDrains()) {
    if (drain.timer) {
      clearTimeout(drain.timer);
      start(drain);
    }
  }
  await Promise.allSettled(allDrains().flatMap((d) => (d.running ? [d.running] : [])));
  // Submissions that arrived meanwhile are left to the safety-net timer of the next start.
  for (const drain of allDrains()) {
    if (drain.timer) clearTimeout(drain.timer);
    forget(drain);
  }
}
