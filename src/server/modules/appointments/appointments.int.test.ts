import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPractitioner,
  memberNamed,
  newFamily,
  signInAs,
  startFamilyHarness,
} from '../../../../test/family-fixtures';
import {
  auditActions,
  enter,
  fieldPaths,
  ownerRows,
  serviceId,
  type Client,
  type Harness,
} from '../../../../test/harness';
import { inScope } from '../../platform/db';
import { lastContacts, nextAppointments } from './index';
import { mondayInLondon } from './london-time';

type Appt = {
  id: string;
  familyId: string;
  startsAt: string;
  durationMinutes: number;
  place: string;
  expectedPersonIds: string[];
  status: string;
  outcomeNote: string | null;
  outcomeRecordedAt: string | null;
  rescheduleCount: number;
  practitioner: { id: string; name: string };
  version: number;
};
type Week = {
  from: string;
  days: number;
  practitioner: { id: string; name: string };
  appointments: (Appt & { family: { id: string; name: string } })[];
};
type Failure = { code: string; message: string; fields?: { path: string; message: string }[] };

let h: Harness;
let demoId = '';
let coordinator: Client;
let practitioner: Client;
let manager: Client;
let unallocated: Client;
let priyaId = '';
let morganId = '';

const HOUR = 3_600_000;
const inHours = (n: number) => new Date(Date.now() + n * HOUR).toISOString();

beforeAll(async () => {
  ({ h, demoId } = await startFamilyHarness());
  coordinator = await signInAs(h, 'coordinator');
  practitioner = await signInAs(h, 'practitioner');
  manager = await signInAs(h, 'manager');
  unallocated = await addPractitioner(h, 'Una Unallocated');
  priyaId = await memberNamed(coordinator, 'Priya Practitioner');
  morganId = await memberNamed(coordinator, 'Morgan Manager');
});
afterAll(() => h.close());

const peopleOf = async (familyId: string) =>
  (
    await ownerRows<{ id: string; kind: string }>(
      h,
      sql`select id, kind from family_people where family_id = ${familyId} order by kind`,
    )
  ).map((p) => p.id);

const membershipOf = async (email: string) => {
  const [row] = await ownerRows<{ id: string }>(
    h,
    sql`select m.id from memberships m join users u on u.id = m.user_id
        where m.service_id = ${demoId} and u.email = ${email}`,
  );
  if (!row) throw new Error(`${email} is not a member`);
  return row.id;
};

/** Audit events of the demo service with an action, newest last, with their details. */
const auditOf = (action: string, entityId: string) => auditActions(h, demoId, { actions: [action], entityId });

const book = (c: Client, familyId: string, body: Record<string, unknown>) =>
  c.post<Appt & Failure>(`/api/families/${familyId}/appointments`, body);

const booked = async (c: Client, familyId: string, body: Record<string, unknown>) => {
  const res = await book(c, familyId, body);
  if (res.status !== 201) throw new Error(`booking answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
};

describe('booking', () => {
  it('books with the defaults: an hour, with the practitioner booking it, nobody named yet', async () => {
    const familyId = await newFamily(h, coordinator);
    const startsAt = inHours(48);
    const res = await book(practitioner, familyId, { startsAt, place: 'home' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      familyId,
      startsAt,
      durationMinutes: 60,
      place: 'home',
      expectedPersonIds: [],
      status: 'booked',
      outcomeNote: null,
      outcomeRecordedAt: null,
      rescheduleCount: 0,
      practitioner: { id: priyaId, name: 'Priya Practitioner' },
      version: 1,
    });
    const events = await auditOf('appointment.booked', res.body.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity_type: 'appointment', details: { familyId, practitionerId: priyaId } });
  });

  it('keeps the time zone offset it was given as the same instant', async () => {
    const familyId = await newFamily(h, coordinator);
    const res = await booked(practitioner, familyId, { startsAt: '2031-07-01T10:00:00+01:00', place: 'clinic' });
    expect(res.startsAt).toBe('2031-07-01T09:00:00.000Z');
  });

  it('names each field that is wrong', async () => {
    const familyId = await newFamily(h, coordinator);
    const res = await book(practitioner, familyId, {
      startsAt: '2031-07-01 10:00',
      durationMinutes: 3,
      place: 'garden',
      expectedPersonIds: ['not-an-id'],
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION');
    expect(fieldPaths(res.body)).toEqual(
      expect.arrayContaining(['body.startsAt', 'body.durationMinutes', 'body.place', 'body.expectedPersonIds.0']),
    );
    const long = await book(practitioner, familyId, { startsAt: inHours(24), place: 'home', durationMinutes: 481 });
    expect(fieldPaths(long.body)).toEqual(['body.durationMinutes']);
    const missing = await book(practitioner, familyId, {});
    expect(fieldPaths(missing.body)).toEqual(expect.arrayContaining(['body.startsAt', 'body.place']));
  });

  it('expects only people from this family, each once', async () => {
    const familyId = await newFamily(h, coordinator);
    const otherFamily = await newFamily(h, coordinator);
    const [carer, baby] = await peopleOf(familyId);
    const [stranger] = await peopleOf(otherFamily);
    if (!carer || !baby || !stranger) throw new Error('fixture families have people');
    const refused = await book(practitioner, familyId, {
      startsAt: inHours(24),
      place: 'home',
      expectedPersonIds: [carer, stranger],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([
      { path: 'body.expectedPersonIds', message: "Choose people from this family's record" },
    ]);
    const ok = await booked(practitioner, familyId, {
      startsAt: inHours(24),
      place: 'home',
      expectedPersonIds: [carer, baby, carer],
    });
    expect(ok.expectedPersonIds).toEqual([carer, baby]);
    // Someone no longer in the record cannot be expected either.
    await ownerRows(h, sql`update family_people set active = false where id = ${baby}`);
    const gone = await book(practitioner, familyId, {
      startsAt: inHours(24),
      place: 'home',
      expectedPersonIds: [baby],
    });
    expect(fieldPaths(gone.body)).toEqual(['body.expectedPersonIds']);
  });

  it('lets a coordinator book, naming an active practitioner or manager', async () => {
    const familyId = await newFamily(h, coordinator);
    const unnamed = await book(coordinator, familyId, { startsAt: inHours(24), place: 'video' });
    expect(unnamed.status).toBe(400);
    expect(fieldPaths(unnamed.body)).toEqual(['body.practitionerId']);
    const toCoordinator = await book(coordinator, familyId, {
      startsAt: inHours(24),
      place: 'video',
      practitionerId: await membershipOf('coordinator@demo.haven.test'),
    });
    expect(fieldPaths(toCoordinator.body)).toEqual(['body.practitionerId']);
    const elsewhere = await ownerRows<{ id: string }>(
      h,
      sql`select id from memberships where service_id <> ${demoId} limit 1`,
    );
    const toOtherService = await book(coordinator, familyId, {
      startsAt: inHours(24),
      place: 'video',
      practitionerId: elsewhere[0]?.id,
    });
    expect(fieldPaths(toOtherService.body)).toEqual(['body.practitionerId']);
    const ok = await book(coordinator, familyId, { startsAt: inHours(24), place: 'video', practitionerId: priyaId });
    expect(ok.status).toBe(201);
    expect(ok.body.practitioner).toEqual({ id: priyaId, name: 'Priya Practitioner' });
    const [event] = await auditOf('appointment.booked', ok.body.id);
    const [cal] = await ownerRows<{ id: string }>(
      h,
      sql`select id from users where email = 'coordinator@demo.haven.test'`,
    );
    expect(event?.actor_user_id).toBe(cal?.id);
  });

  it('books with the manager by default when a manager books', async () => {
    const familyId = await newFamily(h, coordinator);
    const res = await booked(manager, familyId, { startsAt: inHours(24), place: 'group', durationMinutes: 90 });
    expect(res.practitioner).toEqual({ id: morganId, name: 'Morgan Manager' });
    expect(res.durationMinutes).toBe(90);
  });
});

describe('a family’s appointments', () => {
  it('lists them earliest first, with who each is with, and audits the read', async () => {
    const familyId = await newFamily(h, coordinator);
    const later = await booked(practitioner, familyId, { startsAt: inHours(72), place: 'home' });
    const past = await booked(practitioner, familyId, { startsAt: inHours(-72), place: 'clinic' });
    const soon = await booked(manager, familyId, { startsAt: inHours(2), place: 'phone' });
    const res = await practitioner.get<{ appointments: Appt[] }>(`/api/families/${familyId}/appointments`);
    expect(res.status).toBe(200);
    expect(res.body.appointments.map((a) => a.id)).toEqual([past.id, soon.id, later.id]);
    expect(res.body.appointments[1]?.practitioner.name).toBe('Morgan Manager');
    const reads = await auditOf('appointments.read', familyId);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.entity_type).toBe('family');
    // A coordinator and a manager can read them too.
    expect((await coordinator.get(`/api/families/${familyId}/appointments`)).status).toBe(200);
    expect((await manager.get(`/api/families/${familyId}/appointments`)).status).toBe(200);
  });
});

describe('rescheduling and changes', () => {
  it('counts each move of the start, and audits a move apart from other changes', async () => {
    const familyId = await newFamily(h, coordinator);
    const a = await booked(practitioner, familyId, { startsAt: inHours(24), place: 'home' });
    const moved = await practitioner.patch<Appt>(`/api/appointments/${a.id}`, {
      version: a.version,
      startsAt: inHours(30),
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ rescheduleCount: 1, version: 2, place: 'home' });
    const changed = await practitioner.patch<Appt>(`/api/appointments/${a.id}`, {
      version: 2,
      place: 'video',
      durationMinutes: 45,
      startsAt: moved.body.startsAt, // the same time: not a reschedule
    });
    expect(changed.body).toMatchObject({ rescheduleCount: 1, version: 3, place: 'video', durationMinutes: 45 });
    const toManager = await coordinator.patch<Appt>(`/api/appointments/${a.id}`, {
      version: 3,
      practitionerId: morganId,
    });
    expect(toManager.body.practitioner).toEqual({ id: morganId, name: 'Morgan Manager' });

    const rescheduled = await auditOf('appointment.rescheduled', a.id);
    expect(rescheduled).toHaveLength(1);
    expect(rescheduled[0]?.details).toMatchObject({ familyId, changed: ['startsAt'] });
    const changes = await auditOf('appointment.changed', a.id);
    expect(changes.map((e) => e.details)).toEqual([
      { familyId, changed: ['durationMinutes', 'place'] },
      { familyId, changed: ['practitionerId'] },
    ]);
  });

  it('refuses a stale version, an empty change and a bad field', async () => {
    const familyId = await newFamily(h, coordinator);
    const a = await booked(practitioner, familyId, { startsAt: inHours(24), place: 'home' });
    await practitioner.patch(`/api/appointments/${a.id}`, { version: 1, place: 'clinic' });
    const stale = await practitioner.patch<Failure>(`/api/appointments/${a.id}`, { version: 1, place: 'video' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    const empty = await practitioner.patch<Failure>(`/api/appointments/${a.id}`, { version: 2 });
    expect(empty.status).toBe(400);
    const bad = await practitioner.patch<Failure>(`/api/appointments/${a.id}`, { version: 2, durationMinutes: 0 });
    expect(fieldPaths(bad.body)).toEqual(['body.durationMinutes']);
    const stranger = (await peopleOf(await newFamily(h, coordinator)))[0];
    const notHers = await practitioner.patch<Failure>(`/api/appointments/${a.id}`, {
      version: 2,
      expectedPersonIds: [stranger],
    });
    expect(fieldPaths(notHers.body)).toEqual(['body.expectedPersonIds']);
    const list = await practitioner.get<{ appointments: Appt[] }>(`/api/families/${familyId}/appointments`);
    expect(list.body.appointments[0]).toMatchObject({ place: 'clinic', version: 2 });
  });

  it('refuses changes once an outcome is recorded', async () => {
    const familyId = await newFamily(h, coordinator);
    const a = await booked(practitioner, familyId, { startsAt: inHours(24), place: 'home' });
    const cancelled = await practitioner.post<Appt>(`/api/appointments/${a.id}/outcome`, {
      version: 1,
      status: 'cancelled-by-family',
    });
    expect(cancelled.status).toBe(200);
    const res = await practitioner.patch<Failure>(`/api/appointments/${a.id}`, { version: 2, startsAt: inHours(48) });
    expect(res.status).toBe(412);
    expect(res.body.code).toBe('PRECONDITION_FAILED');
    expect(res.body.message).toMatch(/outcome recorded/);
  });
});

describe('outcomes', () => {
  it('records attendance only once the appointment has started', async () => {
    const familyId = await newFamily(h, coordinator);
    const a = await booked(practitioner, familyId, { startsAt: inHours(24), place: 'home' });
    for (const status of ['attended', 'did-not-attend']) {
      const res = await practitioner.post<Failure>(`/api/appointments/${a.id}/outcome`, { version: 1, status });
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([
        { path: 'body.status', message: 'You can record attendance once the appointment has started' },
      ]);
    }
    const unknown = await practitioner.post<Failure>(`/api/appointments/${a.id}/outcome`, {
      version: 1,
      status: 'booked',
    });
    expect(fieldPaths(unknown.body)).toEqual(['body.status']);
    const tooLong = await practitioner.post<Failure>(`/api/appointments/${a.id}/outcome`, {
      version: 1,
      status: 'cancelled-by-service',
      note: 'x'.repeat(2001),
    });
    expect(fieldPaths(tooLong.body)).toEqual(['body.note']);
    const cancelled = await coordinator.post<Appt>(`/api/appointments/${a.id}/outcome`, {
      version: 1,
      status: 'cancelled-by-service',
      note: 'Practitioner unwell',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled-by-service', outcomeNote: 'Practitioner unwell' });
    expect(cancelled.body.outcomeRecordedAt).not.toBeNull();
    const [event] = await auditOf('appointment.outcome-recorded', a.id);
    expect(event?.details).toEqual({ familyId, status: 'cancelled-by-service' });
  });

  it('sets the first contact date from the earliest attended appointment, as a UK date', async () => {
    const familyId = await newFamily(h, coordinator);
    const [before] = await ownerRows<{ version: number }>(h, sql`select version from families where id = ${familyId}`);
    // 23:30 UTC on 1 July is 00:30 on 2 July in the UK (summer time).
    const first = await booked(practitioner, familyId, { startsAt: '2025-07-01T23:30:00Z', place: 'home' });
    const second = await booked(practitioner, familyId, { startsAt: '2025-06-20T10:00:00Z', place: 'home' });
    const res = await practitioner.post<Appt>(`/api/appointments/${first.id}/outcome`, {
      version: 1,
      status: 'attended',
      note: 'Met mother and baby at home',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('attended');
    const firstContact = () =>
      ownerRows<{ on: string; version: number }>(
        h,
        sql`select first_contact_on::text as on, version from families where id = ${familyId}`,
      );
    const [after] = await firstContact();
    expect(after?.on).toBe('2025-07-02');
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    const [event] = await auditOf('appointment.outcome-recorded', first.id);
    expect(event?.details).toEqual({ familyId, status: 'attended', firstContactSet: true });

    // An earlier visit recorded afterwards moves the first contact back to it; a later one never moves it on.
    await practitioner.post(`/api/appointments/${second.id}/outcome`, { version: 1, status: 'attended' });
    const [earlier] = await firstContact();
    expect(earlier?.on).toBe('2025-06-20');
    const third = await booked(practitioner, familyId, { startsAt: '2025-08-01T10:00:00Z', place: 'home' });
    await practitioner.post(`/api/appointments/${third.id}/outcome`, { version: 1, status: 'attended' });
    expect((await firstContact())[0]).toEqual(earlier);
  });

  it('corrects an outcome with the current version, and refuses a stale one', async () => {
    const familyId = await newFamily(h, coordinator);
    const a = await booked(practitioner, familyId, { startsAt: inHours(-3), place: 'clinic' });
    await practitioner.post(`/api/appointments/${a.id}/outcome`, { version: 1, status: 'did-not-attend' });
    const stale = await practitioner.post<Failure>(`/api/appointments/${a.id}/outcome`, {
      version: 1,
      status: 'attended',
    });
    expect(stale.status).toBe(409);
    const corrected = await practitioner.post<Appt>(`/api/appointments/${a.id}/outcome`, {
      version: 2,
      status: 'attended',
      note: 'Arrived late; recorded in error',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      status: 'attended',
      version: 3,
      outcomeNote: 'Arrived late; recorded in error',
    });
    const events = await auditOf('appointment.outcome-corrected', a.id);
    expect(events.map((e) => e.details)).toEqual([
      { familyId, status: 'attended', previousStatus: 'did-not-attend', firstContactSet: true },
    ]);
  });
});

describe('the week view', () => {
  // A week well ahead, in summer time: the UK's Monday 2 June 2031 begins at 23:00 UTC on 1 June.
  const from = '2031-06-02';
  let familyId = '';
  let inWeek: Appt[] = [];
  let outside: Appt[] = [];
  beforeAll(async () => {
    familyId = await newFamily(h, coordinator);
    inWeek = [
      await booked(practitioner, familyId, { startsAt: '2031-06-01T23:30:00Z', place: 'home' }),
      await booked(practitioner, familyId, { startsAt: '2031-06-05T09:00:00Z', place: 'clinic' }),
    ];
    outside = [
      await booked(practitioner, familyId, { startsAt: '2031-06-01T22:30:00Z', place: 'home' }),
      await booked(practitioner, familyId, { startsAt: '2031-06-08T23:30:00Z', place: 'home' }),
      await booked(manager, familyId, { startsAt: '2031-06-03T09:00:00Z', place: 'home' }),
    ];
  });

  it("shows the caller's own appointments over UK days, with each family's name", async () => {
    const res = await practitioner.get<Week>(`/api/appointments?from=${from}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from, days: 7, practitioner: { id: priyaId, name: 'Priya Practitioner' } });
    const ids = res.body.appointments.map((a) => a.id);
    expect(ids).toEqual(inWeek.map((a) => a.id));
    expect(ids).not.toContain(outside[0]?.id);
    const [name] = await ownerRows<{ name: string }>(h, sql`select name from families where id = ${familyId}`);
    expect(res.body.appointments[0]?.family).toEqual({ id: familyId, name: name?.name });
    const events = await auditOf('appointments.week-read', priyaId);
    expect(events.at(-1)).toMatchObject({ entity_type: 'membership', details: { from, days: 7 } });
  });

  it('starts this week on Monday by default, and takes a number of days', async () => {
    const res = await practitioner.get<Week>('/api/appointments');
    expect(res.body.from).toBe(mondayInLondon());
    const eightDays = await practitioner.get<Week>(`/api/appointments?from=${from}&days=8`);
    expect(eightDays.body.appointments).toHaveLength(3);
    const bad = await practitioner.get<Failure>('/api/appointments?from=2031-02-30&days=40');
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(expect.arrayContaining(['querystring.from', 'querystring.days']));
  });

  it("lets a manager or coordinator look at someone else's week", async () => {
    const byManager = await manager.get<Week>(`/api/appointments?from=${from}&practitionerId=${priyaId}`);
    expect(byManager.status).toBe(200);
    expect(byManager.body.appointments.map((a) => a.id)).toEqual(inWeek.map((a) => a.id));
    const own = await manager.get<Week>(`/api/appointments?from=${from}`);
    expect(own.body.appointments.map((a) => a.id)).toEqual([outside[2]?.id]);
    const byCoordinator = await coordinator.get<Week>(`/api/appointments?from=${from}&practitionerId=${morganId}`);
    expect(byCoordinator.body.practitioner.name).toBe('Morgan Manager');
    const nobody = await manager.get<Failure>(`/api/appointments?practitionerId=${familyId}`);
    expect(nobody.status).toBe(404);
  });

  it("refuses a practitioner someone else's week, and roles without a diary", async () => {
    const res = await practitioner.get<Failure>(`/api/appointments?from=${from}&practitionerId=${morganId}`);
    expect(res.status).toBe(403);
    expect((await practitioner.get(`/api/appointments?practitionerId=${priyaId}`)).status).toBe(200);
    const viewer = await signInAs(h, 'viewer');
    expect((await viewer.get('/api/appointments')).status).toBe(403);
  });
});

describe('who may see and change appointments', () => {
  let familyId = '';
  let appt: Appt;
  beforeAll(async () => {
    familyId = await newFamily(h, coordinator);
    appt = await booked(practitioner, familyId, { startsAt: inHours(24), place: 'home' });
  });

  it('refuses roles that never see records', async () => {
    const viewer = await signInAs(h, 'viewer');
    const trainer = await signInAs(h, 'trainer');
    const admin = await signInAs(h, 'admin');
    await enter(admin, 'demo');
    for (const c of [viewer, trainer, admin]) {
      expect((await c.get(`/api/families/${familyId}/appointments`)).status).toBe(403);
      expect((await book(c, familyId, { startsAt: inHours(24), place: 'home', practitionerId: priyaId })).status).toBe(
        403,
      );
      expect((await c.patch(`/api/appointments/${appt.id}`, { version: 1, place: 'clinic' })).status).toBe(403);
      expect((await c.post(`/api/appointments/${appt.id}/outcome`, { version: 1, status: 'attended' })).status).toBe(
        403,
      );
    }
    expect((await admin.get('/api/appointments')).status).toBe(403);
  });

  it("answers 404 to another service's practitioner", async () => {
    const other = await signInAs(h, 'otherPractitioner');
    expect((await other.get(`/api/families/${familyId}/appointments`)).status).toBe(404);
    expect((await book(other, familyId, { startsAt: inHours(24), place: 'home' })).status).toBe(404);
    expect((await other.patch(`/api/appointments/${appt.id}`, { version: 1, place: 'clinic' })).status).toBe(404);
    expect(
      (await other.post(`/api/appointments/${appt.id}/outcome`, { version: 1, status: 'cancelled-by-service' })).status,
    ).toBe(404);
    expect((await other.get(`/api/appointments?practitionerId=${priyaId}`)).status).toBe(403);
  });

  it('answers 404 to a practitioner the family is not allocated to', async () => {
    expect((await unallocated.get(`/api/families/${familyId}/appointments`)).status).toBe(404);
    expect((await book(unallocated, familyId, { startsAt: inHours(24), place: 'home' })).status).toBe(404);
    const res = await unallocated.patch<Failure>(`/api/appointments/${appt.id}`, { version: 1, place: 'clinic' });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('The appointment was not found.');
    expect(
      (await unallocated.post(`/api/appointments/${appt.id}/outcome`, { version: 1, status: 'cancelled-by-service' }))
        .status,
    ).toBe(404);
    const missing = await practitioner.patch(`/api/appointments/${familyId}`, { version: 1, place: 'clinic' });
    expect(missing.status).toBe(404);
    // Nothing was changed by any of them.
    const list = await practitioner.get<{ appointments: Appt[] }>(`/api/families/${familyId}/appointments`);
    expect(list.body.appointments).toMatchObject([{ id: appt.id, version: 1, place: 'home' }]);
  });
});

describe('a discharged family', () => {
  it('keeps its appointments readable but refuses every change', async () => {
    const familyId = await newFamily(h, coordinator);
    const a = await booked(practitioner, familyId, { startsAt: inHours(-2), place: 'home' });
    await ownerRows(h, sql`update families set status = 'discharged' where id = ${familyId}`);
    const list = await practitioner.get<{ appointments: Appt[] }>(`/api/families/${familyId}/appointments`);
    expect(list.body.appointments).toHaveLength(1);
    const tries = [
      await book(practitioner, familyId, { startsAt: inHours(24), place: 'home' }),
      await practitioner.patch<Failure>(`/api/appointments/${a.id}`, { version: 1, place: 'clinic' }),
      await practitioner.post<Failure>(`/api/appointments/${a.id}/outcome`, { version: 1, status: 'attended' }),
    ];
    for (const res of tries) {
      expect(res.status).toBe(412);
      expect(res.body.message).toMatch(/discharged/);
    }
  });
});

describe('next appointments and last contacts, for the caseload', () => {
  it('finds the next booked appointment and the latest attended one per family', async () => {
    const a = await newFamily(h, coordinator);
    const b = await newFamily(h, coordinator);
    const none = await newFamily(h, coordinator);
    const cancelledSoon = await booked(practitioner, a, { startsAt: inHours(1), place: 'home' });
    await practitioner.post(`/api/appointments/${cancelledSoon.id}/outcome`, {
      version: 1,
      status: 'cancelled-by-family',
    });
    const next = await booked(practitioner, a, { startsAt: inHours(5), place: 'video' });
    await booked(practitioner, a, { startsAt: inHours(50), place: 'home' });
    const seen = await booked(practitioner, a, { startsAt: inHours(-50), place: 'clinic' });
    const seenLater = await booked(practitioner, a, { startsAt: inHours(-5), place: 'clinic' });
    await practitioner.post(`/api/appointments/${seen.id}/outcome`, { version: 1, status: 'attended' });
    await practitioner.post(`/api/appointments/${seenLater.id}/outcome`, { version: 1, status: 'did-not-attend' });
    const bNext = await booked(practitioner, b, { startsAt: inHours(3), place: 'phone' });

    const { nexts, lasts, empty } = await inScope(h.database.db, { serviceId: demoId, userId: null }, async (tx) => ({
      nexts: await nextAppointments(tx, demoId, [a, b, none]),
      lasts: await lastContacts(tx, demoId, [a, b, none]),
      empty: await nextAppointments(tx, demoId, []),
    }));
    expect(nexts.get(a)).toEqual({ startsAt: new Date(next.startsAt), place: 'video' });
    expect(nexts.get(b)).toEqual({ startsAt: new Date(bNext.startsAt), place: 'phone' });
    expect(nexts.has(none)).toBe(false);
    expect(lasts.get(a)).toEqual(new Date(seen.startsAt));
    expect(lasts.has(b)).toBe(false);
    expect(empty.size).toBe(0);

    // Another service sees nothing of these families.
    const otherId = await serviceId(h, 'other');
    const elsewhere = await inScope(h.database.db, { serviceId: otherId, userId: null }, (tx) =>
      nextAppointments(tx, otherId, [a, b]),
    );
    expect(elsewhere.size).toBe(0);
  });
});

describe('the API description', () => {
  it('documents every appointment route', async () => {
    const doc = await h.client().get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    expect(Object.keys(doc.body.paths['/api/families/{id}/appointments'] ?? {})).toEqual(['get', 'post']);
    expect(Object.keys(doc.body.paths['/api/appointments/{id}'] ?? {})).toEqual(['patch']);
    expect(Object.keys(doc.body.paths['/api/appointments/{id}/outcome'] ?? {})).toEqual(['post']);
    expect(Object.keys(doc.body.paths['/api/appointments'] ?? {})).toEqual(['get']);
  });
});
