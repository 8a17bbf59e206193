import { and, eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { ATTACHMENT_FEATURE_IDS, type FeatureSeen } from '../../../core/assessments/attachment-features';
import { SECURE_BASE_DIMENSION_IDS, type SecureBaseDimensionId } from '../../../core/assessments/secure-base';
import { addDays, daysBetween, todayInLondon } from '../../../core/dates';
import type { Db } from '../../platform/db';
import { families, familyPeople, memberships } from '../schema';
import { attachmentObservations, secureBaseReviews } from '../schema-outcomes';

// Short evidence a practitioner might write, per dimension: an early picture, then a later one.
const EVIDENCE: Record<SecureBaseDimensionId, [string, string]> = {
  availability: [
    'Mum often on her phone when baby cries; slow to come. Baby cries for long spells before settling.',
    'Mum now goes to baby quickly at the first cry and talks to him from the kitchen. Baby settles faster.',
  ],
  sensitivity: [
    'Struggles to guess what baby wants; reads crying as “being naughty”. Baby hard to soothe.',
    'Wonders aloud what baby is feeling (“you’re tired of this game”). Repairs a missed cue with support.',
  ],
  acceptance: [
    'Compares baby unfavourably with her sister; few warm words about him in the session.',
    'Delights in his giggles and tells us what he is good at. Still finds the evening crying hard.',
  ],
  'co-operation': [
    'Play led by mum; moves baby on before he has finished exploring a toy.',
    'Follows his lead in floor play and waits for his signal before changing activity.',
  ],
  'family-membership': [
    'Baby mostly in the bedroom; not yet part of family meals or outings.',
    'Baby joins family meals in his chair; grandparents visit weekly and photos are on the fridge.',
  ],
};
const GOALS: Record<SecureBaseDimensionId, string> = {
  availability: 'Respond to crying within a few minutes; keep baby in sight during the evening.',
  sensitivity: 'Practise “wait, watch, wonder” at bath time; name one feeling a day.',
  acceptance: 'Notice and say one thing she enjoys about baby each day.',
  'co-operation': 'Let baby lead floor play for ten minutes a day.',
  'family-membership': 'Include baby in one family meal a day.',
};
const SUMMARIES = [
  'First review: a good base to build on; sensitivity and availability are the focus.',
  'Steady progress, more in the carer’s approach than yet in the baby’s response.',
  'Clear gains in availability and sensitivity; family membership still patchy after the house move.',
];
const OBSERVERS = [
  'Allocated practitioner, home visit',
  'Practitioner and health visitor, joint visit',
  'Nursery key worker',
];
const SETTINGS = ['Home', 'Clinic playroom', 'Nursery'];

// What was seen of each feature, first and later observations; uneven on purpose.
const SEEN: [FeatureSeen, FeatureSeen, FeatureSeen, FeatureSeen][] = [
  ['sometimes-seen', 'concern', 'not-seen', 'not-observed'],
  ['clearly-seen', 'sometimes-seen', 'sometimes-seen', 'clearly-seen'],
];
const FEATURE_NOTES: Record<FeatureSeen, string> = {
  'clearly-seen': 'Seen several times: reached for and settled with the carer.',
  'sometimes-seen': 'Seen once or twice; at other times baby turned away.',
  'not-seen': 'Baby was upset twice but did not look to the carer.',
  concern: 'When startled baby froze and looked away rather than going to the carer.',
  'not-observed': '',
};

const clamp = (n: number) => Math.max(1, Math.min(5, n));

/** Steps between reviews: mostly small gains, some standstills, now and then a step back. */
const STEPS = [0, 1, 1, 2, -1, 1, 0];

/**
 * Ratings for a family at review `r` of a few: a starting point of 1–3 per dimension, then uneven
 * steps per dimension, so profiles differ and the chart shows believable change.
 */
function ratingsAt(k: number, r: number): Record<SecureBaseDimensionId, { carer: number; child: number }> {
  return Object.fromEntries(
    SECURE_BASE_DIMENSION_IDS.map((id, d) => {
      let carer = 1 + ((k + d * 2) % 3);
      let child = clamp(carer - ((k + d) % 2));
      for (let step = 1; step <= r; step++) {
        carer = clamp(carer + (STEPS[(k * 3 + d * 5 + step * 2) % STEPS.length] ?? 0));
        // The child's response follows the carer's approach, rarely more than a point ahead.
        child = Math.min(carer + 1, clamp(child + (STEPS[(k + d * 3 + step * 4 + 2) % STEPS.length] ?? 0)));
      }
      return [id, { carer, child }];
    }),
  ) as Record<SecureBaseDimensionId, { carer: number; child: number }>;
}

/**
 * Gives most allocated demo families with a born baby two or three Secure Base reviews a few months
 * apart, with short evidence and goals, and one or two attachment observations, so the profile
 * chart shows change on first start. Two statements, whatever the number of families.
 */
export async function seedDemoAssessments(db: Db, serviceId: string): Promise<void> {
  const today = todayInLondon();
  const rows = await db
    .select({
      id: families.id,
      allocatedAt: families.allocatedAt,
      careSetting: families.careSetting,
      userId: memberships.userId,
    })
    .from(families)
    .innerJoin(
      memberships,
      and(eq(memberships.serviceId, families.serviceId), eq(memberships.id, families.practitionerId)),
    )
    .where(and(eq(families.serviceId, serviceId), eq(families.status, 'allocated')))
    .orderBy(families.allocatedAt);
  if (rows.length === 0) return;
  const people = await db
    .select({
      id: familyPeople.id,
      familyId: familyPeople.familyId,
      kind: familyPeople.kind,
      dateOfBirth: familyPeople.dateOfBirth,
    })
    .from(familyPeople)
    .where(
      and(
        eq(familyPeople.serviceId, serviceId),
        inArray(
          familyPeople.familyId,
          rows.map((r) => r.id),
        ),
        eq(familyPeople.active, true),
      ),
    )
    .orderBy(familyPeople.createdAt);

  const reviews: (typeof secureBaseReviews.$inferInsert)[] = [];
  const observations: (typeof attachmentObservations.$inferInsert)[] = [];
  for (const [k, family] of rows.entries()) {
    // Most families, not all: a record with no review yet is real too.
    if (k % 5 === 4 || !family.allocatedAt) continue;
    const child = people.find((p) => p.familyId === family.id && p.kind === 'baby' && p.dateOfBirth !== null);
    const carer = people.find((p) => p.familyId === family.id && p.kind === 'carer');
    if (!child?.dateOfBirth || !carer) continue;
    const allocated = todayInLondon(family.allocatedAt);
    const first = [addDays(allocated, 14), addDays(child.dateOfBirth, 14)].sort().at(-1) ?? allocated;
    const last = addDays(today, -(k % 9) - 1);
    const span = daysBetween(first, last);
    if (span < 0) continue;
    const wanted = k % 3 === 0 ? 3 : 2;
    // A few months apart where the work has been long enough; closer together where it has not.
    const count = span >= 42 ? wanted : 1;
    const gap = count > 1 ? Math.min(91 + (k % 3) * 14, Math.floor(span / (count - 1))) : 0;
    const base = { serviceId, familyId: family.id, childId: child.id, carerId: carer.id };
    for (let r = 0; r < count; r++) {
      const reviewedOn = addDays(last, -gap * (count - 1 - r));
      const ratings = ratingsAt(k, r);
      const later = r > 0 ? 1 : 0;
      reviews.push({
        ...base,
        id: uuidv7(),
        reviewedOn,
        careSetting: family.careSetting,
        dimensions: Object.fromEntries(
          SECURE_BASE_DIMENSION_IDS.map((id) => [
            id,
            { ...ratings[id], evidence: EVIDENCE[id][later], goals: r === count - 1 || r === 0 ? GOALS[id] : '' },
          ]),
        ),
        summary: SUMMARIES[Math.min(r, SUMMARIES.length - 1)] ?? null,
        reviewedBy: family.userId,
      });
    }
    const observed = k % 2 === 0 ? [0, 1] : [1];
    for (const o of observed) {
      const observedOn = o === 0 ? first : addDays(last, -3);
      const seen = SEEN[o] ?? SEEN[1];
      observations.push({
        ...base,
        id: uuidv7(),
        observedOn: observedOn > today ? today : observedOn,
        observedBy: OBSERVERS[(k + o) % OBSERVERS.length] ?? 'Allocated practitioner',
        setting: SETTINGS[(k + o) % SETTINGS.length] ?? null,
        features: Object.fromEntries(
          ATTACHMENT_FEATURE_IDS.map((id, i) => {
            const code = seen?.[i] ?? 'not-observed';
            return [id, { seen: code, description: FEATURE_NOTES[code] }];
          }),
        ),
        recordedBy: family.userId,
      });
    }
  }
  if (reviews.length > 0) await db.insert(secureBaseReviews).values(reviews);
  if (observations.length > 0) await db.insert(attachmentObservations).values(observations);
}
