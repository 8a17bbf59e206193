import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { addDays, addMonths, todayInLondon } from '../../../core/dates';
import {
  summariseInteraction,
  type InteractionCode,
  type InteractionEvent,
  type InteractionSummary,
} from '../../../core/interaction';
import type { Db } from '../../platform/db';
import { families, familyPeople, memberships } from '../schema';
import { interactionObservations } from '../schema-outcomes';

/** A small seeded generator (mulberry32): the same demo every time, with no Math.random. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * How in tune a dyad is at one stage of the work: the chance a bid is met in tune; the chance a
 * mismatch is soon repaired, and how soon; and how far into the interaction repairs still come.
 * (A repair mends every mismatch since the last one, so early on it is the late, tired stretch
 * with no repair at all that leaves mismatches unrepaired, as in a still-face episode.)
 */
type Stage = { met: number; repair: number; repairSeconds: [number, number]; repairWindow: number };

/** Early, middle and late in the work: contingency and repair improve, and repairs come sooner. */
export const STAGES: Stage[] = [
  { met: 0.35, repair: 0.55, repairSeconds: [4, 12], repairWindow: 0.5 },
  { met: 0.55, repair: 0.75, repairSeconds: [2.5, 8], repairWindow: 0.75 },
  { met: 0.75, repair: 0.9, repairSeconds: [1.5, 5], repairWindow: 1 },
];

const CONTEXTS = ['Floor play on the mat', 'Nappy change', 'Bottle feed', 'Bath time', 'Sharing a picture book'];
const NOTES = [
  'Baby tired by the end; mum noticed the yawns and slowed down.',
  'Watched back together afterwards: mum spotted two repairs herself.',
  null,
];

/**
 * A believable 3 to 5 minute serve-and-return sequence: bids every 6 to 15 seconds, a response a
 * second or two later (in tune, missed or intrusive as the stage makes likely), sometimes none,
 * and repairs after some mismatches.
 */
export function demoSequence(random: () => number, stage: Stage): { durationMs: number; events: InteractionEvent[] } {
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  const durationMs = Math.round(between(180, 300)) * 1000;
  const events: InteractionEvent[] = [];
  const push = (atMs: number, code: InteractionCode) => events.push({ atMs: Math.round(atMs), code });
  let t = between(2, 6) * 1000;
  while (t < durationMs - 8000) {
    push(t, 'bid');
    let last = t;
    if (random() > 0.06) {
      const respondAt = t + between(0.6, 2.5) * 1000;
      const inTune = random() < stage.met;
      const code: InteractionCode = inTune ? 'contingent' : random() < 0.6 ? 'missed' : 'intrusive';
      push(respondAt, code);
      last = respondAt;
      if (!inTune && respondAt < durationMs * stage.repairWindow && random() < stage.repair) {
        const repairAt = Math.min(durationMs, respondAt + between(...stage.repairSeconds) * 1000);
        push(repairAt, 'repair');
        last = repairAt;
      }
    }
    t = Math.max(last + 1000, t + between(6, 15) * 1000);
  }
  return { durationMs, events };
}

/** At least as in tune as before: contingency and repair no lower, repair no slower. */
function better(now: InteractionSummary, before: InteractionSummary): boolean {
  return (
    (now.contingencyRate ?? 0) >= (before.contingencyRate ?? 0) &&
    (now.shareRepaired ?? 0) >= (before.shareRepaired ?? 0) &&
    (now.medianRepairMs ?? Infinity) <= (before.medianRepairMs ?? Infinity)
  );
}

/**
 * Gives several allocated demo families with a born baby two or three coded interactions, months
 * apart, whose contingency and repair improve over time, so the section shows change on first start.
 */
export async function seedDemoInteractions(db: Db, serviceId: string): Promise<void> {
  const today = todayInLondon();
  const rows = await db
    .select({ id: families.id, allocatedAt: families.allocatedAt, userId: memberships.userId })
    .from(families)
    .innerJoin(
      memberships,
      and(eq(memberships.serviceId, families.serviceId), eq(memberships.id, families.practitionerId)),
    )
    .where(and(eq(families.serviceId, serviceId), eq(families.status, 'allocated'), isNotNull(families.allocatedAt)))
    .orderBy(asc(families.allocatedAt), asc(families.id));
  const values: (typeof interactionObservations.$inferInsert)[] = [];
  let seededFamilies = 0;
  for (const [k, family] of rows.entries()) {
    if (seededFamilies >= 8 || !family.allocatedAt) continue;
    const people = await db
      .select({ id: familyPeople.id, kind: familyPeople.kind, dateOfBirth: familyPeople.dateOfBirth })
      .from(familyPeople)
      .where(
        and(eq(familyPeople.serviceId, serviceId), eq(familyPeople.familyId, family.id), eq(familyPeople.active, true)),
      )
      .orderBy(asc(familyPeople.createdAt), asc(familyPeople.id));
    const carer = people.find((p) => p.kind === 'carer');
    const baby = people.find((p) => p.kind === 'baby' && p.dateOfBirth !== null);
    if (!carer || !baby?.dateOfBirth) continue;
    // First observed three weeks into the work, then every two or three months, up to today.
    const first = addDays(todayInLondon(family.allocatedAt), 21);
    const dates = [0, 1, 2]
      .map((n) => addMonths(first, n * (2 + (k % 2))))
      .filter((d) => d <= today && d >= (baby.dateOfBirth ?? today));
    if (dates.length < 2) continue;
    seededFamilies += 1;
    const random = seeded(0x5eed + k * 7919);
    let previous: InteractionSummary | null = null;
    for (const [n, observedOn] of dates.entries()) {
      const stage = STAGES[Math.min(n, STAGES.length - 1)] ?? STAGES[0];
      if (!stage) continue;
      // Chance can make one session look worse than the last; the demo should show the work
      // helping, so later sessions are drawn again (a few times, deterministically) until they do.
      let coding = demoSequence(random, stage);
      for (let tries = 0; previous && !better(summariseInteraction(coding.events), previous) && tries < 30; tries++) {
        coding = demoSequence(random, stage);
      }
      previous = summariseInteraction(coding.events);
      const { durationMs, events } = coding;
      values.push({
        serviceId,
        id: uuidv7(),
        familyId: family.id,
        childId: baby.id,
        carerId: carer.id,
        observedOn,
        source: (n + k) % 2 === 0 ? 'live' : 'recording',
        context: CONTEXTS[(n + k) % CONTEXTS.length] ?? null,
        durationMs,
        events,
        notes: NOTES[(n + k) % NOTES.length] ?? null,
        codedBy: family.userId,
      });
    }
  }
  if (values.length > 0) await db.insert(interactionObservations).values(values);
}
