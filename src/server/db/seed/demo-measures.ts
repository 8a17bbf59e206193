import { and, asc, eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { addDays, todayInLondon } from '../../../core/dates';
import { MEASURES, type Timepoint } from '../../../core/measures/catalogue';
import { scoreMeasure } from '../../../core/measures/score';
import type { MeasureDefinition, MeasureId, Responses } from '../../../core/measures/types';
import type { Db } from '../../platform/db';
import { families, familyPeople, memberships, users } from '../schema';
import { externalScores, familyGoals, measureResults } from '../schema-outcomes';

/** The demo practitioner whose caseload carries the one open critical-item alert. */
const PRIYA = 'practitioner@demo.haven.test';

/** Totals as a share of each measure's range, at assessment and each later time point. */
const TRAJECTORIES = {
  improving: [0.62, 0.42, 0.24],
  unchanged: [0.46, 0.43, 0.45],
  deteriorating: [0.3, 0.5, 0.66],
} as const;

const GOALS = [
  'To enjoy bath time together without dreading it',
  'To feel less alone in the evenings',
  'To understand what her crying is telling me',
  'To get out of the house with the baby twice a week',
  'To sleep when the baby sleeps, at least some days',
  'To feel close to him when I hold him',
];

/**
 * Answers (positions of printed answers) whose scores add up to about `target`, spread over the
 * items, with every critical item scored 0 unless `critical` is set: the engine then scores them,
 * so no demo total is written by hand.
 */
function answersFor(def: MeasureDefinition, target: number, critical = false): Responses {
  const scores = def.items.map(() => def.scale.min);
  let left = Math.max(0, Math.round(target)) - scores.reduce((a, b) => a + b, 0);
  const open = def.items.flatMap((item, i) => (item.critical ? [] : [i]));
  const criticalIndex = def.items.findIndex((item) => item.critical);
  if (critical && criticalIndex >= 0) {
    scores[criticalIndex] = def.items[criticalIndex]?.critical?.atLeast ?? 1;
    left -= scores[criticalIndex] ?? 0;
  }
  // Round-robin one point at a time, so no item jumps to the maximum while others sit at zero.
  for (let round = 0; left > 0 && round < def.scale.max; round += 1) {
    for (const i of open) {
      if (left <= 0) break;
      if ((scores[i] ?? 0) < def.scale.max) {
        scores[i] = (scores[i] ?? 0) + 1;
        left -= 1;
      }
    }
  }
  return def.items.map((item, i) => {
    const s = scores[i] ?? def.scale.min;
    return item.reverse ? def.scale.max - s : s - def.scale.min;
  });
}

type Visit = { timepoint: Timepoint; on: string };

/**
 * Gives most allocated and discharged demo families outcome measures over time, so the record's
 * charts show something on first start: PHQ-9 and GAD-7 for a carer at assessment, one or two
 * reviews and (when discharged) discharge, EPDS for some, CORE-10 for a few; most improving, some
 * unchanged, one deteriorating. Several families have goals with ratings, a few have PIIOS or
 * ASQ:SE-2 scores, and exactly one unacknowledged critical answer sits on Priya's caseload.
 */
export async function seedDemoMeasures(db: Db, serviceId: string): Promise<void> {
  const today = todayInLondon();
  const rows = await db
    .select({
      id: families.id,
      allocatedAt: families.allocatedAt,
      dischargedOn: families.dischargedOn,
      status: families.status,
      userId: memberships.userId,
      email: users.email,
    })
    .from(families)
    .innerJoin(
      memberships,
      and(eq(memberships.serviceId, families.serviceId), eq(memberships.id, families.practitionerId)),
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(families.serviceId, serviceId), inArray(families.status, ['allocated', 'discharged'])))
    .orderBy(asc(families.allocatedAt));
  if (rows.length === 0) return;
  const people = await db
    .select({ id: familyPeople.id, familyId: familyPeople.familyId, kind: familyPeople.kind })
    .from(familyPeople)
    .where(
      and(
        eq(familyPeople.serviceId, serviceId),
        inArray(
          familyPeople.familyId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(familyPeople.createdAt));

  const results: (typeof measureResults.$inferInsert)[] = [];
  const goals: (typeof familyGoals.$inferInsert)[] = [];
  const scores: (typeof externalScores.$inferInsert)[] = [];
  let alertPlaced = false;
  let deteriorating = false;

  const addResult = (
    family: (typeof rows)[number],
    measureId: MeasureId,
    personId: string | null,
    visit: Visit,
    responses: Responses,
    extra: Partial<typeof measureResults.$inferInsert> = {},
  ) => {
    const scored = scoreMeasure(MEASURES[measureId], responses);
    results.push({
      serviceId,
      id: uuidv7(),
      familyId: family.id,
      personId,
      measureId,
      measureVersion: MEASURES[measureId].version,
      timepoint: visit.timepoint,
      completedOn: visit.on,
      mode: 'practitioner',
      responses,
      complete: scored.complete,
      total: scored.total,
      prorated: scored.prorated,
      subscales: scored.subscales,
      band: scored.band,
      criticalItems: scored.criticalItems,
      recordedBy: family.userId,
      ...extra,
    });
    return scored;
  };

  for (const [k, family] of rows.entries()) {
    if (!family.allocatedAt || k % 5 === 4) continue; // most families, not all
    const carer = people.find((p) => p.familyId === family.id && p.kind === 'carer');
    const baby = people.find((p) => p.familyId === family.id && p.kind === 'baby');
    if (!carer) continue;
    const end = family.status === 'discharged' && family.dischargedOn ? family.dischargedOn : today;
    const assessed = addDays(todayInLondon(family.allocatedAt), 10);
    if (assessed >= end) continue;
    const visits: Visit[] = [{ timepoint: 'assessment', on: assessed }];
    for (let on = addDays(assessed, 84); on < addDays(end, -14) && visits.length < 3; on = addDays(on, 84)) {
      visits.push({ timepoint: 'review', on });
    }
    if (family.status === 'discharged') visits.push({ timepoint: 'discharge', on: end });
    else if (addDays(visits[visits.length - 1]?.on ?? assessed, 42) < today && (k % 3 !== 2 || visits.length === 1)) {
      // A review in the last fortnight for most open families; a third are left with a review due.
      visits.push({ timepoint: 'review', on: addDays(today, -(2 + (k % 9))) });
    }

    const shape =
      !deteriorating && k >= 2 && visits.length > 1 ? 'deteriorating' : k % 4 === 1 ? 'unchanged' : 'improving';
    if (shape === 'deteriorating') deteriorating = true;
    const plan: MeasureId[] = ['phq9', 'gad7'];
    if (k % 3 === 0) plan.push('epds');
    if (k % 5 === 2) plan.push('core10');
    // On a measure given in the last fortnight, as a newcomer would expect of an alert still open.
    const latest = visits[visits.length - 1]?.on ?? assessed;
    const wantsAlert =
      !alertPlaced && family.email === PRIYA && family.status === 'allocated' && latest >= addDays(today, -14);

    for (const measureId of plan) {
      const def = MEASURES[measureId];
      const max = def.scale.max * def.items.length;
      const trajectory: readonly number[] = TRAJECTORIES[shape];
      for (const [v, visit] of visits.entries()) {
        const share = trajectory[Math.min(v, 2)] ?? 0.5;
        const jitter = ((k * 7 + v * 3) % 5) - 2;
        const last = v === visits.length - 1;
        const critical = wantsAlert && measureId === 'phq9' && last;
        addResult(family, measureId, carer.id, visit, answersFor(def, share * max + jitter, critical));
        if (critical) alertPlaced = true;
      }
    }

    if (k % 3 === 1) {
      const count = 2 + (k % 2);
      const set = goals.length;
      for (let slot = 1; slot <= count; slot += 1) {
        goals.push({
          serviceId,
          id: uuidv7(),
          familyId: family.id,
          slot,
          text: GOALS[(k + slot) % GOALS.length] ?? 'To enjoy time together',
          setOn: assessed,
        });
      }
      const familyGoalRows = goals.slice(set);
      visits.forEach((visit, v) => {
        const ratings = familyGoalRows.map((g, i) => Math.min(10, 2 + i + v * (shape === 'improving' ? 3 : 1)));
        const responses: Responses = [0, 1, 2].map((i) => ratings[i] ?? null);
        addResult(family, 'gbo', null, visit, responses, {
          goals: familyGoalRows.map((g) => ({ goalId: g.id, text: g.text })),
        });
      });
    }

    if (k % 4 === 0 && baby) {
      scores.push({
        serviceId,
        id: uuidv7(),
        familyId: family.id,
        personId: null,
        tool: 'piios',
        timepoint: 'assessment',
        scoredOn: addDays(assessed, 3),
        score: 18 + (k % 7),
        result: k % 8 === 0 ? 'Intrusive, over-engaged' : 'Unresponsive, unengaged',
        recordedBy: family.userId,
      });
    }
    if (k % 5 === 1 && baby) {
      scores.push({
        serviceId,
        id: uuidv7(),
        familyId: family.id,
        personId: baby.id,
        tool: 'asq-se2',
        timepoint: 'assessment',
        scoredOn: addDays(assessed, 5),
        score: 45 + (k % 4) * 10,
        result: 'Monitoring zone',
        recordedBy: family.userId,
      });
    }
  }

  if (results.length > 0) await db.insert(measureResults).values(results);
  if (goals.length > 0) await db.insert(familyGoals).values(goals);
  if (scores.length > 0) await db.insert(externalScores).values(scores);
}
