import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { addMonths, todayInLondon } from '../../../core/dates';
import type { Config } from '../../config';
import { allocateFamily, listAllocatable } from '../../modules/families';
import { Decision, decideReferral, drainInbox, SubmitReferral, submitReferral } from '../../modules/referrals';
import { queryRows, type Db } from '../../platform/db';
import { systemCtx } from './demo';

const PARENTS = [
  'Amira Khan',
  'Beth Morgan',
  'Chloe Davies',
  'Dami Okafor',
  'Ella Novak',
  'Fatima Begum',
  'Grace Lewis',
  'Hana Suzuki',
  'Isla Reid',
  'Jade Thompson',
  'Kasia Nowak',
  'Leah Price',
  'Maya Patel',
  'Nia Evans',
  'Olivia Hughes',
  'Priti Shah',
  'Rosa Silva',
  'Sara Ahmed',
  'Tia Walker',
  'Uma Das',
  'Vera Ionescu',
  'Wren Taylor',
  'Yasmin Ali',
  'Zoe Clarke',
  'Abi Turner',
  'Bea Wood',
  'Cara Quinn',
  'Dina Haddad',
  'Esme Fox',
  'Faye Hall',
  'Gita Rao',
  'Holly Ward',
  'Ines Costa',
  'Jess Bell',
];
const BABIES = [
  'Ava',
  'Ben',
  'Cleo',
  'Dev',
  'Eli',
  'Finn',
  'Gus',
  'Hope',
  'Ivy',
  'Jude',
  'Kai',
  'Luna',
  'Max',
  'Noor',
  'Otto',
  'Pia',
];
const WORRIES = [
  ['bonding'],
  ['low-or-anxious', 'crying'],
  ['birth-trauma'],
  ['feeding-or-sleep', 'low-or-anxious'],
  ['relationship-stress'],
  ['bonding', 'birth-trauma'],
] as const;
const SOURCES = [
  'health-visitor',
  'midwife',
  'gp',
  'social-worker',
  'perinatal-mental-health',
  'childrens-centre',
] as const;

type Plan = {
  stage: 'new' | 'info' | 'waiting' | 'allocated' | 'declined';
  daysAgo: number;
  urgentRisk?: boolean;
  ineligible?: boolean;
  /** Refers the same parent as the plan at this index again, so it is flagged as a possible duplicate. */
  sameParentAs?: number;
};

// A believable front door: a queue of new referrals, a waiting list with some waits near or past
// the 18-week target, allocated caseloads and a few closed decisions.
const PLANS: Plan[] = [
  ...[0, 1, 2, 3, 5, 8, 12].map((d): Plan => ({ stage: 'new', daysAgo: d })),
  { stage: 'new', daysAgo: 1, urgentRisk: true },
  { stage: 'new', daysAgo: 4, ineligible: true },
  { stage: 'info', daysAgo: 15 },
  ...[20, 40, 65, 90, 105, 112, 130, 140].map((d): Plan => ({ stage: 'waiting', daysAgo: d })),
  ...[50, 60, 70, 80, 95, 100, 120, 135, 150, 170, 185, 200, 220, 240, 260, 280, 300, 330, 360, 400].map((d): Plan => ({
    stage: 'allocated',
    daysAgo: d,
  })),
  { stage: 'declined', daysAgo: 30, ineligible: true },
  { stage: 'declined', daysAgo: 45 },
  { stage: 'new', daysAgo: 2, sameParentAs: 12 },
];

function referralBody(index: number, plan: Plan) {
  const today = todayInLondon();
  const i = plan.sameParentAs ?? index;
  const name = PARENTS[i % PARENTS.length] ?? 'Alex Parent';
  const baby = BABIES[i % BABIES.length] ?? 'Baby';
  const surname = name.split(' ')[1] ?? '';
  // Babies were born before they were referred: dates count back from the day of referral.
  const referredOn = new Date(Date.parse(`${today}T12:00:00Z`) - plan.daysAgo * 86_400_000).toISOString().slice(0, 10);
  const born = plan.ineligible ? addMonths(referredOn, -27) : addMonths(referredOn, -((index % 9) + 1));
  const professional = i % 3 !== 0;
  const base = {
    submissionId: randomUUID(),
    parents: [
      {
        name,
        dateOfBirth: `19${88 + (i % 12)}-0${(i % 9) + 1}-1${i % 10}`,
        relationship: 'mother',
        phone: `07700 900${String(100 + i)}`,
        preferredContact: 'phone',
        safeToLeaveVoicemail: i % 2 === 0,
        safeToText: true,
        interpreterNeeded: i % 7 === 0,
        language: i % 7 === 0 ? 'Polish' : 'English',
      },
    ],
    baby:
      i % 5 === 4 && !plan.ineligible && plan.daysAgo < 30
        ? { kind: 'expected' as const, dueDate: addMonths(today, (i % 6) + 1) }
        : { kind: 'born' as const, name: `${baby} ${surname}`, dateOfBirth: born },
    postcode: `OX${(i % 4) + 1} ${i % 9}AB`,
    worries: [...(WORRIES[i % WORRIES.length] ?? ['bonding'])],
    details: 'Referred in the demo data. Mum says she finds it hard to settle the baby and feels on edge.',
    immediateRisk: plan.urgentRisk ?? false,
  };
  return professional
    ? {
        ...base,
        route: 'professional' as const,
        familyConsented: true as const,
        referrer: {
          name: 'Demo Referrer',
          role: SOURCES[i % SOURCES.length] ?? 'gp',
          organisation: 'Demo NHS Trust',
          phone: '01865 000000',
          email: 'referrer@demo.haven.test',
        },
      }
    : { ...base, route: 'self' as const, consent: true as const };
}

/** Fills the demo service's front door: queue, waiting list and practitioners' caseloads. */
export async function seedDemoReferrals(
  db: Db,
  config: Config,
  serviceId: string,
  coordinatorId: string | null,
): Promise<void> {
  const ctx = systemCtx(db, config, serviceId);
  const coordinator = { ...ctx, userId: coordinatorId, role: 'coordinator' as const };
  const people = (await listAllocatable({ ctx })).people;
  const priya = people.find((p) => p.name === 'Priya Practitioner') ?? people[0];
  // Most allocated families are the demo practitioner's, so her caseload is a full one.
  let allocated = 0;
  const leadFor = (n: number) => (n % 3 === 2 ? people[Math.floor(n / 3) % people.length] : priya);
  for (const [i, plan] of PLANS.entries()) {
    const input = SubmitReferral.parse(referralBody(i, plan));
    const receipt = await submitReferral({ ctx, slug: 'demo', input });
    await drainInbox(db, serviceId);
    const backdated = new Date(Date.parse(`${todayInLondon()}T10:00:00Z`) - plan.daysAgo * 86_400_000);
    const day = backdated.toISOString().slice(0, 10);
    // Demo history: the referral arrived `daysAgo` days ago.
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`update referrals set referral_date = ${day}, received_at = ${backdated.toISOString()} where service_id = ${serviceId} and reference = ${receipt.reference} returning id`,
    );
    if (!row) continue;
    await db.execute(
      sql`update referral_events set at = ${backdated.toISOString()} where service_id = ${serviceId} and referral_id = ${row.id} and kind = 'received'`,
    );
    if (plan.stage === 'new') continue;
    const decision =
      plan.stage === 'info'
        ? { decision: 'request-info', version: 1, note: 'Asked the health visitor for the GP details.' }
        : plan.stage === 'declined'
          ? ({
              decision: 'decline',
              version: 1,
              reasonCode: plan.ineligible ? 'outside-age' : 'already-supported',
            } as const)
          : ({
              decision: 'accept',
              version: 1,
              priority: i % 6 === 0 ? 'urgent' : i % 3 === 0 ? 'priority' : 'routine',
            } as const);
    const decided = await decideReferral({ ctx: coordinator, id: row.id, input: Decision.parse(decision) });
    // Triage took about a week; allocation, for those allocated, some weeks after that.
    const decidedAt = new Date(Math.min(backdated.getTime() + 6 * 86_400_000, Date.now())).toISOString();
    const allocatedAt = new Date(Math.min(backdated.getTime() + 45 * 86_400_000, Date.now())).toISOString();
    await db.execute(
      sql`update referral_events set at = ${decidedAt} where service_id = ${serviceId} and referral_id = ${row.id} and kind <> 'received'`,
    );
    if (decided.familyId) {
      await db.execute(
        sql`update families set referral_date = ${day}, accepted_at = ${decidedAt} where service_id = ${serviceId} and id = ${decided.familyId}`,
      );
      const lead = plan.stage === 'allocated' ? leadFor(allocated++) : undefined;
      if (lead) {
        await allocateFamily({
          ctx: coordinator,
          id: decided.familyId,
          input: { version: 1, practitionerId: lead.id, coWorkerId: null },
        });
        await db.execute(
          sql`update families set allocated_at = ${allocatedAt} where service_id = ${serviceId} and id = ${decided.familyId}`,
        );
      }
    }
  }
}
