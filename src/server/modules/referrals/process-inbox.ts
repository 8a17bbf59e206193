import { v7 as uuidv7 } from 'uuid';
import { describeMatch, identityKeys } from '../../../core/referral-identity';
import { auditMany } from '../../platform/audit';
import { inScope, type Db } from '../../platform/db';
import {
  claimInbox,
  findMatches,
  insertEvents,
  insertIdentities,
  insertReferrals,
  markProcessed,
  servicesWithPendingInbox,
  type NewReferral,
} from './queries';
import type { SubmitReferral } from './schemas';

type Duplicate = { kind: 'referral' | 'family'; id: string; reference: string; why: string };
// Stored without the honeypot and the submission id; the fields read here are all present.
type Payload = SubmitReferral;

const BATCH = 200;

const keysOf = (p: Payload) => identityKeys([...p.parents, ...(p.baby.kind === 'born' ? [p.baby] : [])]);

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
      const pending = await claimInbox(tx, serviceId, BATCH);
      if (pending.length === 0) return 0;
      const payloads = pending.map((p) => p.payload as unknown as Payload);
      const allKeys = [...new Set(payloads.flatMap(keysOf))];
      const byKey = new Map<string, Duplicate[]>();
      for (const m of await findMatches(tx, serviceId, allKeys)) {
        const dup: Duplicate =
          m.familyId && m.familyStatus
            ? { kind: 'family', id: m.familyId, reference: m.reference, why: describeMatch(m.key) }
            : { kind: 'referral', id: m.referralId, reference: m.reference, why: describeMatch(m.key) };
        byKey.set(m.key, [...(byKey.get(m.key) ?? []), dup]);
      }
      const referralRows: NewReferral[] = [];
      const identities: { serviceId: string; referralId: string; key: string }[] = [];
      pending.forEach((item, i) => {
        const payload = payloads[i] as Payload;
        const id = uuidv7();
        const keys = keysOf(payload);
        const dups = new Map<string, Duplicate>();
        for (const key of keys) for (const d of byKey.get(key) ?? []) dups.set(`${d.kind}:${d.id}`, d);
        referralRows.push({
          serviceId,
          id,
          reference: item.reference,
          route: payload.route,
          source: payload.route === 'self' ? 'self' : payload.referrer.role,
          receivedAt: item.receivedAt,
          referralDate: item.referralDate,
          submission: item.payload,
          immediateRisk: item.immediateRisk,
          eligibility: item.eligibility,
          eligibilityReasons: item.eligibilityReasons,
          possibleDuplicates: [...dups.values()],
          idempotencyKey: item.submissionId,
        });
        // Later submissions in the same batch see this one as an open referral.
        for (const key of keys) {
          identities.push({ serviceId, referralId: id, key });
          byKey.set(key, [
            ...(byKey.get(key) ?? []),
            { kind: 'referral', id, reference: item.reference, why: describeMatch(key) },
          ]);
        }
      });
      await insertReferrals(tx, referralRows);
      await insertIdentities(tx, identities);
      await insertEvents(
        tx,
        referralRows.map((r) => ({
          serviceId,
          referralId: r.id,
          at: r.receivedAt,
          actorUserId: null,
          kind: 'received',
          details: {
            route: r.route,
            eligibility: r.eligibility,
            possibleDuplicates: r.possibleDuplicates?.length ?? 0,
          },
        })),
      );
      await auditMany(
        tx,
        serviceId,
        pending.map((item, i) => ({
          actor: { serviceId, userId: null, requestId: item.requestId, clientAddress: item.clientAddress },
          input: { action: 'referral.received', entityType: 'referral', entityId: referralRows[i]?.id ?? null },
        })),
      );
      await markProcessed(
        tx,
        serviceId,
        pending.map((p) => p.id),
      );
      return pending.length;
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

const running = new Map<string, Promise<unknown>>();
let report: (err: unknown) => void = () => undefined;

/** Where failures of background drains are reported (the server's logger); the timer retries them. */
export function onInboxError(fn: (err: unknown) => void): void {
  report = fn;
}

/** Starts a drain of the service's inbox right after the current request, unless one is running. */
export function drainSoon(db: Db, serviceId: string): void {
  if (running.has(serviceId)) return;
  const job = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => drainInbox(db, serviceId))
    .catch((err: unknown) => report(err))
    .finally(() => running.delete(serviceId));
  running.set(serviceId, job);
}

/** Waits for background drains started by drainSoon (for a graceful shutdown). */
export const settleDrains = (): Promise<unknown> => Promise.allSettled([...running.values()]);
