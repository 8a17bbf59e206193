import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayInLondon } from '../../../core/dates';
import { newFamily, signInAs, startFamilyHarness } from '../../../../test/family-fixtures';
import { addMemberTo, auditActions, enter, ownerRows, type Client, type Harness } from '../../../../test/harness';
import { monthsAgo, professionalReferral } from '../../../../test/referral-fixtures';

type Person = {
  id: string;
  kind: string;
  name: string | null;
  dateOfBirth: string | null;
  dueDate: string | null;
  age: { text: string; corrected: { weeks: number } | null } | null;
  relationships: { babyId: string; relationship: string }[];
  version: number;
};
type Record = {
  id: string;
  status: string;
  version: number;
  people: Person[];
  professionals: { id: string; name: string; role: string; version: number; active: boolean }[];
  practitioner: { name: string } | null;
  keyDates: { [k: string]: { on: string | null; daysFromPrevious: number | null } };
  flags: { type: string }[];
  previousEpisode: { id: string } | null;
  laterEpisode: { id: string } | null;
  can: { [k: string]: boolean };
};

let h: Harness;
let coordinator: Client;
let practitioner: Client;
let manager: Client;
let demoId = '';
let familyId = '';

beforeAll(async () => {
  ({ h, demoId } = await startFamilyHarness());
  coordinator = await signInAs(h, 'coordinator');
  practitioner = await signInAs(h, 'practitioner');
  manager = await signInAs(h, 'manager');
  familyId = await newFamily(h, coordinator);
});
afterAll(() => h.close());

const record = async (c: Client, id = familyId) => c.get<Record>(`/api/families/${id}`);

describe('the family record', () => {
  it('opens with the people from the referral, ages worked out, and audits the read', async () => {
    const res = await record(practitioner);
    expect(res.status).toBe(200);
    const baby = res.body.people.find((p) => p.kind === 'baby');
    const carer = res.body.people.find((p) => p.kind === 'carer');
    expect(baby?.name).toBe('Ava Example');
    expect(baby?.age?.text).toMatch(/^\d+ weeks \(3 months\)$/);
    expect(carer).toMatchObject({
      name: 'Jane Example',
      relationships: [{ babyId: baby?.id, relationship: 'mother' }],
    });
    expect(res.body.practitioner?.name).toBe('Priya Practitioner');
    expect(res.body.keyDates.referral?.on).toBe(todayInLondon());
    expect(res.body.can).toMatchObject({ edit: true, readNotes: true, discharge: true, seeAccessLog: false });
    const events = await auditActions(h, demoId);
    expect(events.filter((e) => e.action === 'family.read' && e.entity_id === familyId).length).toBeGreaterThan(0);
  });

  it('keeps the referring professional from a professional referral, and the pregnancy', async () => {
    const id = await newFamily(h, coordinator, { over: professionalReferral() });
    const res = await record(practitioner, id);
    expect(res.body.professionals).toMatchObject([{ name: 'Helen Visitor', role: 'health-visitor' }]);
    const baby = res.body.people.find((p) => p.kind === 'baby');
    expect(baby).toMatchObject({ dateOfBirth: null, dueDate: addMonths(todayInLondon(), 3) });
    expect(baby?.age?.text).toMatch(/^Due /);
  });

  it('lets a coordinator see contact details but not the clinical record; refuses viewers and admins', async () => {
    const res = await record(coordinator);
    expect(res.status).toBe(200);
    expect(res.body.can).toMatchObject({
      readNotes: false,
      writeNotes: false,
      seeSafeguarding: false,
      discharge: false,
    });
    for (const role of ['viewer', 'admin', 'trainer']) {
      const c = await h.signedIn(`${role}@demo.haven.test`, `demo-${role}-password`);
      if (role === 'admin') await enter(c, 'demo');
      expect((await record(c)).status).toBe(403);
    }
  });

  it('is not found from another service, or by a practitioner it is not allocated to', async () => {
    const other = await signInAs(h, 'otherPractitioner');
    expect((await record(other)).status).toBe(404);
    await addMemberTo(h, 'demo', {
      email: 'second@demo.haven.test',
      displayName: 'Sam Second',
      role: 'practitioner',
      password: 'second-practitioner-password',
    });
    const second = await h.signedIn('second@demo.haven.test', 'second-practitioner-password');
    expect((await record(second)).status).toBe(404);
    // A service that shares caseloads lets the team see the family, but not its safeguarding entries.
    await ownerRows(h, sql`update services set team_caseloads_visible = true where id = ${demoId}`);
    const shared = await record(second);
    expect(shared.status).toBe(200);
    expect(shared.body.can).toMatchObject({ seeSafeguarding: false, readNotes: true, discharge: false });
    await ownerRows(h, sql`update services set team_caseloads_visible = false where id = ${demoId}`);
  });

  it('shows only the active flags the caller may see in the banner', async () => {
    await ownerRows(
      h,
      sql`insert into risk_flags (service_id, id, family_id, type, level, summary, raised_on, review_on)
          values (${demoId}, gen_random_uuid(), ${familyId}, 'safeguarding', 'high', 'x', current_date, current_date + 30),
                 (${demoId}, gen_random_uuid(), ${familyId}, 'lone-working', 'medium', 'y', current_date, current_date - 1)`,
    );
    expect((await record(practitioner)).body.flags.map((f) => f.type).sort()).toEqual(['lone-working', 'safeguarding']);
    expect((await record(coordinator)).body.flags).toMatchObject([{ type: 'lone-working', overdue: true }]);
  });
});

describe('changing the record', () => {
  it('changes key dates with a version, and the second of two editors gets a conflict', async () => {
    const before = (await record(practitioner)).body;
    const body = {
      version: before.version,
      careSetting: 'kinship',
      placementStart: monthsAgo(1),
      placementEnd: null,
      firstContactOn: todayInLondon(),
      assessmentOn: null,
      interventionStartOn: null,
    };
    const first = await practitioner.patch<Record>(`/api/families/${familyId}`, body);
    expect(first.status).toBe(200);
    expect(first.body.keyDates.firstContact).toEqual({ on: todayInLondon(), daysFromPrevious: 0 });
    const second = await manager.patch(`/api/families/${familyId}`, { ...body, careSetting: 'foster' });
    expect(second.status).toBe(409);
    expect((await record(practitioner)).body).toMatchObject({ careSetting: 'kinship' });
    const bad = await practitioner.patch<{ fields: { path: string }[] }>(`/api/families/${familyId}`, {
      ...body,
      version: first.body.version,
      placementEnd: monthsAgo(2),
      assessmentOn: addMonths(todayInLondon(), 1),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f) => f.path).sort()).toEqual(['body.assessmentOn', 'body.placementEnd']);
    expect(
      (await coordinator.patch(`/api/families/${familyId}`, { ...body, version: first.body.version })).status,
    ).toBe(403);
  });

  it('adds a second carer related to the baby, and checks the relationship names a baby here', async () => {
    const baby = (await record(practitioner)).body.people.find((p) => p.kind === 'baby');
    const added = await coordinator.post<Person>(`/api/families/${familyId}/people`, {
      kind: 'carer',
      name: 'Tom Example',
      relationships: [{ babyId: baby?.id, relationship: 'father' }],
      ethnicity: 'A',
      safeToLeaveVoicemail: false,
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Tom Example', version: 1 });
    const wrong = await coordinator.post<{ fields: { path: string }[] }>(`/api/families/${familyId}/people`, {
      kind: 'carer',
      name: 'Nobody',
      relationships: [{ babyId: familyId, relationship: 'father' }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0]?.path).toBe('body.relationships.0.babyId');
  });

  it('turns a pregnancy into a baby when born, with corrected age for a preterm birth', async () => {
    const pregnancy = await practitioner.post<Person>(`/api/families/${familyId}/people`, {
      kind: 'baby',
      dueDate: addMonths(todayInLondon(), 1),
    });
    expect(pregnancy.status).toBe(201);
    const dob = addMonths(todayInLondon(), -2);
    const born = await practitioner.patch<Person>(`/api/families/${familyId}/people/${pregnancy.body.id}`, {
      kind: 'baby',
      version: 1,
      name: 'Baby Two',
      dateOfBirth: dob,
      dueDate: addMonths(todayInLondon(), 1),
      gestationWeeks: 30,
    });
    expect(born.status).toBe(200);
    expect(born.body.age?.corrected).toEqual({ days: 0, weeks: 0, months: 0 });
    expect(born.body.age?.text).toContain('corrected age');
    const stale = await practitioner.patch(`/api/families/${familyId}/people/${pregnancy.body.id}`, {
      kind: 'baby',
      version: 1,
      name: 'Other',
      dateOfBirth: dob,
    });
    expect(stale.status).toBe(409);
    const actions = (await auditActions(h, demoId)).map((e) => e.action);
    expect(actions).toContain('person.born');
  });

  it('adds and retires a professional', async () => {
    const added = await coordinator.post<{ id: string; version: number }>(`/api/families/${familyId}/professionals`, {
      role: 'gp',
      name: 'Dr Rowe',
      organisation: 'Cowley Road Surgery',
      email: 'not-an-email',
    });
    expect(added.status).toBe(400);
    const ok = await coordinator.post<{ id: string; version: number }>(`/api/families/${familyId}/professionals`, {
      role: 'gp',
      name: 'Dr Rowe',
      organisation: 'Cowley Road Surgery',
    });
    expect(ok.status).toBe(201);
    const retired = await coordinator.patch(`/api/families/${familyId}/professionals/${ok.body.id}`, {
      role: 'gp',
      name: 'Dr Rowe',
      version: ok.body.version,
      active: false,
    });
    expect(retired.body).toMatchObject({ active: false, version: 2 });
  });
});

describe('discharge and a new episode', () => {
  it('refuses a discharge while a draft note is open, then discharges and makes the record read-only', async () => {
    const id = await newFamily(h, coordinator, {
      over: { parents: [{ name: 'Rosa Returning', dateOfBirth: '1990-02-03', relationship: 'mother' }] },
    });
    const rec = (await record(practitioner, id)).body;
    const [draft] = await ownerRows<{ id: string }>(
      h,
      sql`insert into case_notes (service_id, id, family_id, author_id, note_date, body)
          values (${demoId}, gen_random_uuid(), ${id}, gen_random_uuid(), current_date, 'draft') returning id`,
    );
    await ownerRows(
      h,
      sql`insert into risk_flags (service_id, id, family_id, type, level, summary, raised_on, review_on)
          values (${demoId}, gen_random_uuid(), ${id}, 'domestic-abuse', 'high', 'x', current_date, current_date + 30)`,
    );
    await ownerRows(
      h,
      sql`insert into appointments (service_id, id, family_id, practitioner_id, starts_at, duration_minutes, place)
          select ${demoId}, gen_random_uuid(), ${id}, practitioner_id, now() + interval '3 days', 60, 'home'
          from families where id = ${id}`,
    );
    const [past] = await ownerRows<{ id: string }>(
      h,
      sql`insert into appointments (service_id, id, family_id, practitioner_id, starts_at, duration_minutes, place)
          select ${demoId}, gen_random_uuid(), ${id}, practitioner_id, now() - interval '3 days', 60, 'home'
          from families where id = ${id} returning id`,
    );
    const body = { version: rec.version, reason: 'planned', summary: 'Goals met; bonding much improved.' };
    const blocked = await practitioner.post<{ message: string }>(`/api/families/${id}/discharge`, body);
    expect(blocked.status).toBe(412);
    expect(blocked.body.message).toBe(
      'Before discharging this family, sign or discard the draft note and record what happened at the past appointment.',
    );
    await ownerRows(h, sql`delete from case_notes where id = ${draft?.id}`);
    await ownerRows(h, sql`update appointments set status = 'did-not-attend' where id = ${past?.id}`);
    expect((await coordinator.post(`/api/families/${id}/discharge`, body)).status).toBe(403);
    const done = await practitioner.post<Record>(`/api/families/${id}/discharge`, body);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'discharged', can: { edit: false, writeNotes: false } });
    expect(done.body.keyDates.discharge?.on).toBe(todayInLondon());
    const [appointment] = await ownerRows<{ status: string }>(
      h,
      sql`select status from appointments where family_id = ${id} and starts_at > now()`,
    );
    expect(appointment?.status).toBe('cancelled-by-service');
    const flags = await ownerRows<{ closed_on: string | null }>(
      h,
      sql`select closed_on::text from risk_flags where family_id = ${id}`,
    );
    expect(flags).toEqual([{ closed_on: todayInLondon() }]);
    const add = await practitioner.post(`/api/families/${id}/people`, { kind: 'carer', name: 'Late Addition' });
    expect(add.status).toBe(412);

    // The same mother referred again: accepting opens a new episode linked to the old one.
    const again = await newFamily(h, coordinator, {
      over: { parents: [{ name: 'Rosa Returning', dateOfBirth: '1990-02-03', relationship: 'mother' }] },
    });
    expect((await record(practitioner, again)).body.previousEpisode?.id).toBe(id);
    expect((await record(practitioner, id)).body.laterEpisode?.id).toBe(again);
  });
});

describe('who has looked at a record', () => {
  it('shows a manager every read and change of the record, and nobody else', async () => {
    await record(coordinator);
    const log = await manager.get<{ events: { by: string | null; action: string }[] }>(
      `/api/families/${familyId}/access-log`,
    );
    expect(log.status).toBe(200);
    expect(log.body.events).toContainEqual(expect.objectContaining({ by: 'Cal Coordinator', action: 'family.read' }));
    expect(log.body.events).toContainEqual(
      expect.objectContaining({ by: 'Priya Practitioner', action: 'person.born' }),
    );
    expect((await practitioner.get(`/api/families/${familyId}/access-log`)).status).toBe(403);
  });
});

describe('caseloads', () => {
  type Row = {
    id: string;
    nextAppointment: { startsAt: string; place: string } | null;
    daysSinceLastContact: number | null;
    outstanding: { overdueReviews: number; draftNotes: number; outcomesToRecord: number; measures: unknown[] };
  };
  it("shows a practitioner's next appointment, days since last contact and what is outstanding", async () => {
    const id = await newFamily(h, coordinator);
    const add = (when: string, status: string, place = 'home') =>
      ownerRows(
        h,
        sql`insert into appointments (service_id, id, family_id, practitioner_id, starts_at, duration_minutes, place, status)
            select ${demoId}, gen_random_uuid(), ${id}, practitioner_id, now() + ${when}::interval, 60, ${place}, ${status}
            from families where id = ${id}`,
      );
    await add('-10 days', 'attended');
    await add('-3 days', 'booked');
    await add('2 days', 'booked', 'clinic');
    await add('9 days', 'booked');
    await ownerRows(
      h,
      sql`insert into risk_flags (service_id, id, family_id, type, level, summary, raised_on, review_on)
          values (${demoId}, gen_random_uuid(), ${id}, 'safeguarding', 'high', 'x', current_date - 20, current_date - 2)`,
    );
    const mine = await practitioner.get<{ families: Row[] }>('/api/caseload');
    const row = mine.body.families.find((f) => f.id === id);
    expect(row?.nextAppointment?.place).toBe('clinic');
    expect(row?.daysSinceLastContact).toBe(10);
    // No first contact recorded and no measures yet: no measure work (see measure-links.int.test.ts).
    expect(row?.outstanding).toEqual({ overdueReviews: 1, draftNotes: 0, outcomesToRecord: 1, measures: [] });

    const team = await manager.get<{ practitioners: { name: string; size: number; families: Row[] }[] }>(
      '/api/caseloads',
    );
    expect(team.status).toBe(200);
    const priya = team.body.practitioners.find((p) => p.name === 'Priya Practitioner');
    expect(priya?.size).toBe(mine.body.families.length);
    expect((await practitioner.get('/api/caseloads')).status).toBe(403);
  });
});
