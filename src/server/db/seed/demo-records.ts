import { and, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { addDays, todayInLondon } from '../../../core/dates';
import type { Db } from '../../platform/db';
import { appointments, caseNotes, disclosures, families, familyPeople, memberships, riskFlags } from '../schema';

// What a parent-infant practitioner writes after a session, in the demo: attachment-informed and
// specific, as the real notes would be (no real people).
const NOTES = [
  'Home visit. Baby settled on mum’s lap for most of the session. Mum noticed baby’s gaze aversion when she moved in close and, with support, waited for baby to turn back to her: a lovely moment of repair. Agreed to practise following baby’s lead at bath time.',
  'Video feedback session. Watched two minutes of play from last week together. Mum picked out a serve-and-return sequence herself and said “he was talking to me”. Discussed how her low mood makes it harder to respond when tired.',
  'Mum tearful today; sleep has been poor. Talked through the birth again and what still feels frightening. Baby fed and slept in the sling. Reminded of the GP appointment on Friday; she will raise her medication.',
  'Clinic session with both parents. Dad more confident holding baby; noticed baby calms to his voice. Parents disagree about responding to night waking: explored what each fears. Next session: the safe-haven idea, comforting as a base for exploring.',
  'Missed cue early in the session (baby rubbing eyes, mum kept playing), then mum read the next cue and slowed down. Named the repair with her. Baby reached for her face at the end of the visit.',
  'Phone check-in. Things calmer this week; the health visitor has also visited. Mum using the “wait, watch, wonder” idea during floor play. Booked the next home visit.',
];
const ADDENDUM =
  'Addendum: the GP appointment mentioned was on Thursday, not Friday. Corrected after speaking with mum.';
const DRAFT = 'Home visit this morning. Baby unsettled at first; mum';

const at = (day: string, hour: number) => new Date(Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000);
/** The day itself on a weekday; a weekend day moves to the Friday before, or the Monday after when `later`. */
function workday(day: string, later = false): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 is Sunday
  if (weekday === 6) return addDays(day, later ? 2 : -1);
  if (weekday === 0) return addDays(day, later ? 1 : -2);
  return day;
}

/**
 * Gives every allocated demo family a history of work, so a newcomer sees a believable caseload:
 * appointments attended, missed and to come, signed notes with an addendum here and there, a draft,
 * risk flags (some with overdue reviews, some safeguarding), disclosures, and a few families
 * discharged with a summary.
 */
export async function seedDemoRecords(db: Db, serviceId: string, dischargeEvery: number): Promise<void> {
  const today = todayInLondon();
  const rows = await db
    .select({
      id: families.id,
      allocatedAt: families.allocatedAt,
      practitionerId: families.practitionerId,
      userId: memberships.userId,
      version: families.version,
    })
    .from(families)
    .innerJoin(
      memberships,
      and(eq(memberships.serviceId, families.serviceId), eq(memberships.id, families.practitionerId)),
    )
    .where(and(eq(families.serviceId, serviceId), eq(families.status, 'allocated')))
    .orderBy(families.allocatedAt);
  for (const [k, family] of rows.entries()) {
    if (!family.allocatedAt || !family.practitionerId) continue;
    const people = await db
      .select({ id: familyPeople.id, kind: familyPeople.kind })
      .from(familyPeople)
      .where(and(eq(familyPeople.serviceId, serviceId), eq(familyPeople.familyId, family.id)));
    const expected = people.map((p) => p.id);
    const discharged = k % dischargeEvery === dischargeEvery - 1;
    const start = addDays(todayInLondon(family.allocatedAt), 7);
    const end = discharged ? addDays(today, -10) : today;
    // Sessions every week or two, back from the last few days to a week after allocation; some
    // missed or cancelled, as real work goes.
    const sessions: { day: string; status: 'attended' | 'did-not-attend' | 'cancelled-by-family' }[] = [];
    for (
      let day = addDays(end, -1 - (k % 6)), n = 0;
      day >= start && n < 40;
      day = addDays(day, -7 - (n % 2) * 7), n++
    ) {
      sessions.unshift({
        day: workday(day),
        status: n % 5 === 3 ? 'did-not-attend' : n % 7 === 5 ? 'cancelled-by-family' : 'attended',
      });
    }
    const base = { serviceId, familyId: family.id, practitionerId: family.practitionerId, createdBy: family.userId };
    const place = (n: number) => (['home', 'home', 'clinic', 'video'] as const)[(n + k) % 4] ?? 'home';
    const booked = [
      ...sessions.map((s, n) => ({
        ...base,
        id: uuidv7(),
        startsAt: at(s.day, 10 + (k % 5)),
        durationMinutes: 60,
        place: place(n),
        expectedPersonIds: expected,
        status: s.status,
        outcomeRecordedAt: at(s.day, 13),
      })),
      // A past session whose outcome is still to record, for some families.
      ...(!discharged && k % 4 === 0
        ? [
            {
              ...base,
              id: uuidv7(),
              startsAt: at(workday(addDays(today, -2)), 9 + (k % 8)),
              durationMinutes: 60,
              place: place(1),
            },
          ]
        : []),
      ...(discharged
        ? []
        : [
            {
              ...base,
              id: uuidv7(),
              startsAt: at(workday(addDays(today, (k % 6) + 1), true), 9 + (k % 7)),
              durationMinutes: 60,
              place: place(0),
              expectedPersonIds: expected,
            },
          ]),
    ];
    if (booked.length > 0) await db.insert(appointments).values(booked);
    const attended = sessions.filter((s) => s.status === 'attended');
    const notes = attended.map((s, n) => ({
      serviceId,
      familyId: family.id,
      id: uuidv7(),
      authorId: family.userId,
      noteDate: s.day,
      body: NOTES[(n + k) % NOTES.length] ?? '',
      status: 'signed' as const,
      signedAt: at(s.day, 16),
      createdAt: at(s.day, 14),
      updatedAt: at(s.day, 16),
    }));
    if (notes.length > 0) await db.insert(caseNotes).values(notes);
    const corrected = notes[0];
    if (corrected && k % 5 === 0) {
      await db.insert(caseNotes).values({
        serviceId,
        familyId: family.id,
        id: uuidv7(),
        authorId: family.userId,
        addendumTo: corrected.id,
        noteDate: corrected.noteDate,
        body: ADDENDUM,
        status: 'signed',
        signedAt: at(addDays(corrected.noteDate, 1), 9),
      });
    }
    if (!discharged && k % 6 === 1) {
      await db.insert(caseNotes).values({
        serviceId,
        familyId: family.id,
        id: uuidv7(),
        authorId: family.userId,
        noteDate: today,
        body: DRAFT,
      });
    }
    const first = attended[0]?.day ?? null;
    const flags = [
      k % 3 === 0
        ? {
            type: 'parental-mental-health' as const,
            level: 'medium' as const,
            summary: 'Low mood since the birth; on the perinatal team’s list. Review with GP input.',
            review: 21,
          }
        : null,
      k % 4 === 1
        ? {
            type: 'safeguarding' as const,
            level: 'high' as const,
            summary: 'Child in need plan in place; social worker visiting fortnightly.',
            review: -3,
          }
        : null,
      k % 5 === 2
        ? {
            type: 'lone-working' as const,
            level: 'low' as const,
            summary: 'Large dog at the address: ask for it to be in another room before home visits.',
            review: 60,
          }
        : null,
    ].filter((f) => f !== null);
    if (flags.length > 0) {
      await db.insert(riskFlags).values(
        flags.map((f) => ({
          serviceId,
          familyId: family.id,
          id: uuidv7(),
          type: f.type,
          level: f.level,
          summary: f.summary,
          raisedOn: first ?? start,
          reviewOn: addDays(today, f.review),
          raisedBy: family.userId,
          ...(discharged ? { closedOn: end, closedReason: 'Closed when the family was discharged.' } : {}),
        })),
      );
    }
    if (k % 4 === 1 && first) {
      await db.insert(disclosures).values({
        serviceId,
        familyId: family.id,
        id: uuidv7(),
        disclosedOn: addDays(first, 3),
        recipient: 'Allocated social worker',
        recipientOrganisation: 'Children’s Social Care',
        information: 'Summary of attendance and observed parent–infant interaction for the child in need review.',
        personIds: expected,
        lawfulBasis: 'safeguarding-children',
        consent: 'given',
        reason: 'Requested for the child in need review meeting; mum agreed the summary could be shared.',
        recordedBy: family.userId,
      });
    }
    await db
      .update(families)
      .set({
        firstContactOn: first,
        assessmentOn: first,
        interventionStartOn: first ? (addDays(first, 14) < end ? addDays(first, 14) : null) : null,
        // Some open families have a planned ending: a few within four weeks, so discharge measures are due.
        plannedEndOn:
          !discharged && first
            ? k % 4 === 0
              ? addDays(today, 9 + (k % 5) * 3)
              : k % 4 === 1
                ? addDays(today, 70)
                : null
            : null,
        ...(discharged
          ? {
              status: 'discharged' as const,
              dischargedOn: end,
              dischargeReason: k % 2 === 0 ? ('planned' as const) : ('family-ended' as const),
              dischargeSummary:
                'Worked together on noticing and responding to the baby’s cues. Mum describes feeling closer to her baby and more confident; the health visitor continues to visit.',
            }
          : {}),
        version: sql`${families.version} + 1`,
      })
      .where(and(eq(families.serviceId, serviceId), eq(families.id, family.id)));
  }
}
