import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInLondon } from '../../../core/dates';
import {
  auditActions,
  enter,
  fieldPaths,
  ownerRows,
  startHarness,
  type Client,
  type Harness,
} from '../../../../test/harness';
import { inScope, queryRows } from '../../platform/db';
import { addPractitioner, newFamily, signInAs, startFamilyHarness } from '../../../../test/family-fixtures';
import { GAD7 } from '../../../core/measures/gad7';

type Link = {
  id: string;
  measure: { id: string; shortName: string };
  person: { id: string; name: string };
  timepoint: string;
  status: string;
  expiresAt: string;
  version: number;
};
type Created = { link: Link; url: string };
type Fail = { code: string; message: string; fields?: { path: string; message: string }[] };
type PublicLink = {
  serviceName: string;
  measure: {
    id: string;
    shortName: string;
    items: { number: number; text: string | null; answers: string[] | null }[];
  };
  expiresAt: string;
};
type Outstanding = { kind: string; label: string; count: number | null; plannedEndOn?: string | null };
type CaseloadFamily = { id: string; outstanding: { measures: Outstanding[] } };
type Wording = {
  measureId: string;
  loaded: boolean;
  itemCount: number;
  answerCount: number;
  reverseItems: number[];
  wording: { items: string[]; answers: string[][]; licenceHeld: string } | null;
  version: number;
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let h: Harness;
let demoId = '';
let coordinator: Client;
let practitioner: Client;
let manager: Client;
let viewer: Client;
let admin: Client;
let colleague: Client;
let otherPrac: Client;
let familyId = '';
let carerId = '';
let babyId = '';

beforeAll(async () => {
  ({ h, demoId } = await startFamilyHarness());
  coordinator = await signInAs(h, 'coordinator');
  practitioner = await signInAs(h, 'practitioner');
  manager = await signInAs(h, 'manager');
  viewer = await signInAs(h, 'viewer');
  admin = await signInAs(h, 'admin');
  // The demo admin runs two services: act in the demo one.
  await enter(admin, 'demo');
  colleague = await addPractitioner(h, 'Cole Colleague');
  otherPrac = await signInAs(h, 'otherPractitioner');
  familyId = await newFamily(h, coordinator);
  ({ carerId, babyId } = await peopleOf(familyId));
}, 90_000);
afterAll(() => h.close());

async function peopleOf(id: string) {
  const record = await practitioner.get<{ people: { id: string; kind: string }[] }>(`/api/families/${id}`);
  const carer = record.body.people.find((p) => p.kind === 'carer');
  const baby = record.body.people.find((p) => p.kind === 'baby');
  if (!carer || !baby) throw new Error('the test family has no carer or baby');
  return { carerId: carer.id, babyId: baby.id };
}

const create = (c: Client, id: string, body: Record<string, unknown> = {}) =>
  c.post<Created>(`/api/families/${id}/measure-links`, {
    measureId: 'gad7',
    personId: carerId,
    timepoint: 'assessment',
    ...body,
  });
const tokenOf = (created: Created) => created.url.replace(/^\/m\//, '');
const open = (token: string) => h.client().get<PublicLink>(`/api/public/measure-links/${token}`);
const submit = (token: string, responses: (number | null)[]) =>
  h.client().post<{ received: boolean; support: boolean }>(`/api/public/measure-links/${token}`, { responses });
const links = (c: Client, id = familyId) => c.get<{ links: Link[] }>(`/api/families/${id}/measure-links`);
const randomToken = () => randomBytes(32).toString('base64url');
const ALL_GAD7 = [0, 1, 2, 3, 0, 1, 2];

describe('creating a link', () => {
  it('answers the address once and stores only the SHA-256 of its token', async () => {
    const res = await create(practitioner, familyId);
    expect(res.status).toBe(201);
    expect(res.body.url).toMatch(/^\/m\/[A-Za-z0-9_-]{43}$/);
    expect(res.body.link).toMatchObject({
      measure: { id: 'gad7', shortName: 'GAD-7' },
      person: { id: carerId, name: 'Jane Example' },
      timepoint: 'assessment',
      status: 'waiting',
      version: 1,
    });
    const days = (Date.parse(res.body.link.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const token = tokenOf(res.body);
    const [row] = await ownerRows<Record<string, unknown>>(
      h,
      sql`select * from measure_links where id = ${res.body.link.id}`,
    );
    expect(row?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    const anywhere = await ownerRows<{ n: number }>(
      h,
      sql`select count(*)::int as n from audit_events where details::text like ${`%${token}%`}`,
    );
    expect(anywhere[0]?.n).toBe(0);
  });

  it('takes the days the link stays open, from 1 to 28', async () => {
    const res = await create(practitioner, familyId, { days: 3 });
    expect(res.status).toBe(201);
    const days = (Date.parse(res.body.link.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(3);
    const bad = await create(practitioner, familyId, { days: 29 });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(['body.days']);
    const zero = await create(practitioner, familyId, { days: 0 });
    expect(fieldPaths(zero.body)).toEqual(['body.days']);
  });

  it('refuses goals, an unknown time point, and a person who is not a carer of the family', async () => {
    const gbo = await create(practitioner, familyId, { measureId: 'gbo', timepoint: 'later' });
    expect(gbo.status).toBe(400);
    expect(fieldPaths(gbo.body).sort()).toEqual(['body.measureId', 'body.timepoint']);
    const baby = await create(practitioner, familyId, { personId: babyId });
    expect(baby.status).toBe(400);
    expect(fieldPaths(baby.body)).toEqual(['personId']);
    const other = await newFamily(h, coordinator);
    const stranger = await create(practitioner, familyId, { personId: (await peopleOf(other)).carerId });
    expect(stranger.status).toBe(400);
  });

  it('is for practitioners and managers of the family only', async () => {
    expect((await create(manager, familyId)).status).toBe(201);
    expect((await create(coordinator, familyId)).status).toBe(403);
    expect((await create(viewer, familyId)).status).toBe(403);
    expect((await create(admin, familyId)).status).toBe(403);
    // A practitioner not allocated the family, and another service: as if it did not exist.
    expect((await create(colleague, familyId)).status).toBe(404);
    expect((await create(otherPrac, familyId)).status).toBe(404);
  });

  it('audits the creation with the family, measure and time point, and never the token', async () => {
    const res = await create(practitioner, familyId, { timepoint: 'review' });
    const rows = await auditActions(h, demoId, { actions: ['measure-link.created'], entityId: res.body.link.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.details).toEqual({ familyId, measureId: 'gad7', timepoint: 'review', days: 14 });
    expect(rows[0]?.actor_user_id).not.toBeNull();
  });
});

describe("a parent's link", () => {
  it('shows the service and the questionnaire, and nothing about the family: no names, no ids', async () => {
    const created = (await create(practitioner, familyId)).body;
    const res = await open(tokenOf(created));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['expiresAt', 'measure', 'serviceName']);
    expect(res.body.serviceName).toBe('Demo Parent-Infant Team');
    expect(res.body.measure.shortName).toBe('GAD-7');
    expect(res.body.measure.items.map((i) => i.text)).toEqual(GAD7.items.map((i) => i.text));
    const text = JSON.stringify(res.body);
    // Whole words: the GAD-7's own licence notice names its author, Janet Williams.
    for (const word of ['Jane', 'Ava', 'Example', 'Priya', 'Practitioner']) {
      expect(text).not.toMatch(new RegExp(`\\b${word}\\b`));
    }
    for (const id of [familyId, carerId, created.link.id]) expect(text).not.toContain(id);
    expect(UUID.test(text)).toBe(false);
  });

  it('needs every question answered, naming each one missing, and stays open until then', async () => {
    const token = tokenOf((await create(practitioner, familyId)).body);
    const res = await h.client().post<Fail>(`/api/public/measure-links/${token}`, {
      responses: [0, null, 2, 3, 0, null, 2],
    });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(['responses.1', 'responses.5']);
    expect(res.body.fields?.map((f) => f.message)).toEqual(['Answer question 2', 'Answer question 6']);
    const short = await h.client().post<Fail>(`/api/public/measure-links/${token}`, { responses: [0, 1] });
    expect(short.status).toBe(400);
    const outOfRange = await submit(token, [0, 1, 2, 4, 0, 1, 2]);
    expect(outOfRange.status).toBe(400);
    expect(fieldPaths(outOfRange.body)).toEqual(['responses.3']);
    expect((await open(token)).status).toBe(200);
  });

  it('is used once: the answers are stored as the parent’s, and a second submission is refused', async () => {
    const created = (await create(practitioner, familyId)).body;
    const token = tokenOf(created);
    const first = await submit(token, ALL_GAD7);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ received: true, support: false });

    const again = await h.client().post<Fail>(`/api/public/measure-links/${token}`, { responses: ALL_GAD7 });
    expect(again.status).toBe(412);
    expect(again.body.message).toMatch(/^These answers have already been received/);
    const reopened = await h.client().get<Fail>(`/api/public/measure-links/${token}`);
    expect(reopened.status).toBe(412);
    expect(reopened.body.message).toMatch(/^These answers have already been received/);

    const [result] = await ownerRows<Record<string, unknown>>(
      h,
      sql`select r.* from measure_results r join measure_links l on l.result_id = r.id where l.id = ${created.link.id}`,
    );
    expect(result).toMatchObject({
      family_id: familyId,
      person_id: carerId,
      measure_id: 'gad7',
      timepoint: 'assessment',
      mode: 'parent-link',
      recorded_by: null,
      link_id: created.link.id,
      complete: true,
    });
    expect(Number(result?.total)).toBe(9);
    expect(String(result?.completed_on).slice(0, 10)).toBe(todayInLondon());

    const listed = (await links(practitioner)).body.links.find((l) => l.id === created.link.id);
    expect(listed?.status).toBe('completed');
  });

  it('of two submissions at the same moment, stores exactly one', async () => {
    const created = (await create(practitioner, familyId)).body;
    const token = tokenOf(created);
    const answers = await Promise.all([submit(token, ALL_GAD7), submit(token, ALL_GAD7), submit(token, ALL_GAD7)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 412, 412]);
    const rows = await ownerRows<{ n: number }>(
      h,
      sql`select count(*)::int as n from measure_results where link_id = ${created.link.id}`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('closes when it expires', async () => {
    const created = (await create(practitioner, familyId)).body;
    const token = tokenOf(created);
    await ownerRows(
      h,
      sql`update measure_links set expires_at = now() - interval '1 minute' where id = ${created.link.id}`,
    );
    const opened = await h.client().get<Fail>(`/api/public/measure-links/${token}`);
    expect(opened.status).toBe(412);
    expect(opened.body.message).toMatch(/^This link has expired.*ask your practitioner for a new one/i);
    const sent = await h.client().post<Fail>(`/api/public/measure-links/${token}`, { responses: ALL_GAD7 });
    expect(sent.status).toBe(412);
    expect(sent.body.message).toMatch(/^This link has expired/);
    const listed = (await links(practitioner)).body.links.find((l) => l.id === created.link.id);
    expect(listed?.status).toBe('expired');
  });

  it('answers 404 for a token nobody issued, whatever its shape', async () => {
    for (const token of [randomToken(), 'abc', 'x'.repeat(43)]) {
      const res = await h.client().get<Fail>(`/api/public/measure-links/${token}`);
      expect(res.status).toBe(404);
      expect(res.body.message).toMatch(/^This link is not valid/);
      expect((await submit(token, ALL_GAD7)).status).toBe(404);
    }
  });

  it('audits opening and completing with no user', async () => {
    const created = (await create(practitioner, familyId)).body;
    const token = tokenOf(created);
    await open(token);
    await submit(token, ALL_GAD7);
    const rows = await auditActions(h, demoId, {
      actions: ['measure-link.opened', 'measure-link.completed'],
      entityId: created.link.id,
    });
    expect(rows.map((r) => r.action)).toEqual(['measure-link.opened', 'measure-link.completed']);
    for (const r of rows) {
      expect(r.actor_user_id).toBeNull();
      expect(r.details.familyId).toBe(familyId);
    }
    expect(rows[1]?.details).toMatchObject({ measureId: 'gad7', alert: false });
  });
});

describe('withdrawing a link', () => {
  it('closes it for the parent, checks the version, and is for the family’s clinicians only', async () => {
    const created = (await create(practitioner, familyId)).body;
    const id = created.link.id;
    expect((await coordinator.post(`/api/measure-links/${id}/revoke`, { version: 1 })).status).toBe(403);
    expect((await otherPrac.post(`/api/measure-links/${id}/revoke`, { version: 1 })).status).toBe(404);
    expect((await colleague.post(`/api/measure-links/${id}/revoke`, { version: 1 })).status).toBe(404);
    const bad = await practitioner.post(`/api/measure-links/${id}/revoke`, {});
    expect(fieldPaths(bad.body)).toEqual(['body.version']);
    expect((await practitioner.post(`/api/measure-links/${id}/revoke`, { version: 2 })).status).toBe(409);

    const res = await practitioner.post<Link>(`/api/measure-links/${id}/revoke`, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'revoked', version: 2 });
    const opened = await h.client().get<Fail>(`/api/public/measure-links/${tokenOf(created)}`);
    expect(opened.status).toBe(412);
    expect(opened.body.message).toMatch(/^This link has expired/);
    expect((await practitioner.post(`/api/measure-links/${id}/revoke`, { version: 2 })).status).toBe(412);
    const rows = await auditActions(h, demoId, { actions: ['measure-link.revoked'], entityId: id });
    expect(rows[0]?.details).toEqual({ familyId, measureId: 'gad7' });
  });

  it('cannot withdraw answers already given', async () => {
    const created = (await create(practitioner, familyId)).body;
    await submit(tokenOf(created), ALL_GAD7);
    const res = await practitioner.post(`/api/measure-links/${created.link.id}/revoke`, { version: 2 });
    expect(res.status).toBe(412);
  });
});

describe('listing links', () => {
  it('lists every link newest first for the family’s clinicians, audited as a read', async () => {
    const res = await links(practitioner);
    expect(res.status).toBe(200);
    expect(res.body.links.length).toBeGreaterThan(5);
    expect(new Set(res.body.links.map((l) => l.status))).toEqual(
      new Set(['waiting', 'completed', 'expired', 'revoked']),
    );
    expect((await links(manager)).status).toBe(200);
    expect((await links(coordinator)).status).toBe(403);
    expect((await links(colleague)).status).toBe(404);
    expect((await links(otherPrac)).status).toBe(404);
    const rows = await auditActions(h, demoId, { actions: ['measure-links.read'], entityId: familyId });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ entity_type: 'family', details: { familyId } });
  });
});

describe('licensed wording (EPDS)', () => {
  const epdsWording = (over: Record<string, unknown> = {}) => ({
    instructions: 'Please tick the answer that comes closest to how you have felt in the past 7 days.',
    items: Array.from({ length: 10 }, (_, i) => `Licensed item ${i + 1}`),
    answers: Array.from({ length: 10 }, (_, i) => ['A', 'B', 'C', 'D'].map((x) => `${x}${i + 1}`)),
    licenceHeld: 'Permission from the Royal College of Psychiatrists, 2026, ref RCP-123',
    ...over,
  });

  it('cannot be sent to a parent until the service has loaded its wording', async () => {
    const res = await create(practitioner, familyId, { measureId: 'epds' });
    expect(res.status).toBe(412);
    expect((res.body as unknown as Fail).message).toMatch(/EPDS cannot be sent to a parent yet/);
  });

  it('is listed for admins only, as not loaded', async () => {
    const res = await admin.get<{ measures: Wording[] }>('/api/admin/measure-wording');
    expect(res.status).toBe(200);
    expect(res.body.measures).toEqual([
      expect.objectContaining({
        measureId: 'epds',
        loaded: false,
        itemCount: 10,
        answerCount: 4,
        reverseItems: [3, 5, 6, 7, 8, 9, 10],
        wording: null,
        version: 0,
      }),
    ]);
    expect((await practitioner.get('/api/admin/measure-wording')).status).toBe(403);
    expect((await manager.put('/api/admin/measure-wording/epds', epdsWording())).status).toBe(403);
  });

  it('must fit the measure: every item, every printed answer, and the licence held', async () => {
    const few = await admin.put<Fail>('/api/admin/measure-wording/epds', epdsWording({ items: ['Only one'] }));
    expect(few.status).toBe(400);
    expect(fieldPaths(few.body)).toEqual(['items']);
    const answers = epdsWording().answers;
    answers[3] = ['Yes', 'No'];
    const short = await admin.put<Fail>('/api/admin/measure-wording/epds', epdsWording({ answers }));
    expect(fieldPaths(short.body)).toEqual(['answers.3']);
    const noLicence = await admin.put<Fail>('/api/admin/measure-wording/epds', epdsWording({ licenceHeld: ' ' }));
    expect(fieldPaths(noLicence.body)).toEqual(['body.licenceHeld']);
    const gad7 = await admin.put<Fail>('/api/admin/measure-wording/gad7', epdsWording());
    expect(gad7.status).toBe(412);
  });

  it('loads, is audited without the wording, and lets the EPDS be sent with that wording', async () => {
    const res = await admin.put<Wording>('/api/admin/measure-wording/epds', epdsWording());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ loaded: true, version: 1 });
    expect(res.body.wording?.items[0]).toBe('Licensed item 1');

    const rows = await auditActions(h, demoId, { actions: ['measure-wording.loaded'] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entity_id: 'epds', details: { measureId: 'epds', version: 1, replaced: false } });
    expect(JSON.stringify(rows[0]?.details)).not.toContain('Licensed item');
    expect(JSON.stringify(rows[0]?.details)).not.toContain('RCP-123');

    const created = await create(practitioner, familyId, { measureId: 'epds' });
    expect(created.status).toBe(201);
    const opened = await open(tokenOf(created.body));
    expect(opened.body.measure.items[9]).toMatchObject({
      text: 'Licensed item 10',
      answers: ['A10', 'B10', 'C10', 'D10'],
    });
  });

  it('refuses a stale version and takes a correction', async () => {
    expect((await admin.put('/api/admin/measure-wording/epds', epdsWording())).status).toBe(409);
    expect((await admin.put('/api/admin/measure-wording/epds', epdsWording({ version: 3 }))).status).toBe(409);
    const res = await admin.put<Wording>(
      '/api/admin/measure-wording/epds',
      epdsWording({ version: 1, items: Array.from({ length: 10 }, (_, i) => `Corrected ${i + 1}`) }),
    );
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
  });

  it('is never seen by another service', async () => {
    const otherAdmin = await h.signedIn('admin@other.test', 'other-admin-password');
    const res = await otherAdmin.get<{ measures: Wording[] }>('/api/admin/measure-wording');
    expect(res.body.measures[0]).toMatchObject({ measureId: 'epds', loaded: false, wording: null });
    // Row-level security, not only the query: as the app's role scoped to the other service.
    const [other] = await ownerRows<{ id: string }>(h, sql`select id from services where slug = 'other'`);
    const seen = await inScope(h.database.db, { serviceId: other?.id ?? null, userId: null }, (tx) =>
      queryRows(tx, sql`select measure_id from measure_texts`),
    );
    expect(seen).toEqual([]);
    const own = await inScope(h.database.db, { serviceId: demoId, userId: null }, (tx) =>
      queryRows(tx, sql`select measure_id from measure_texts`),
    );
    expect(own).toEqual([{ measure_id: 'epds' }]);
  });
});

describe('alerts', () => {
  it('reach the allocated practitioner at once when a parent answers a critical item', async () => {
    const alertFamily = await newFamily(h, coordinator);
    const { carerId: parent } = await peopleOf(alertFamily);
    const created = await create(practitioner, alertFamily, { measureId: 'phq9', personId: parent });
    const sent = await submit(tokenOf(created.body), [1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(sent.body).toEqual({ received: true, support: true });

    const mine = await practitioner.get<{ alerts: { family: { id: string; name: string }; items: unknown[] }[] }>(
      '/api/measure-alerts',
    );
    expect(mine.status).toBe(200);
    const alert = mine.body.alerts.find((a) => a.family.id === alertFamily);
    expect(alert).toMatchObject({
      family: { id: alertFamily, name: expect.any(String) as string },
      measure: { id: 'phq9', shortName: 'PHQ-9' },
      items: [{ number: 9, score: 2, reason: expect.any(String) as string }],
      completedOn: todayInLondon(),
      mode: 'parent-link',
    });
    const all = await manager.get<{ alerts: { family: { id: string } }[] }>('/api/measure-alerts');
    expect(all.body.alerts.some((a) => a.family.id === alertFamily)).toBe(true);
    const theirs = await colleague.get<{ alerts: unknown[] }>('/api/measure-alerts');
    expect(theirs.body.alerts).toEqual([]);
    expect((await coordinator.get('/api/measure-alerts')).status).toBe(403);
    expect((await otherPrac.get<{ alerts: unknown[] }>('/api/measure-alerts')).body.alerts).toEqual([]);
    const audited = await auditActions(h, demoId, { actions: ['measure-alerts.read'] });
    expect(audited.at(-1)?.details.familyIds).toContain(alertFamily);

    // The record's banner counts it; the caseload shows it first.
    const record = await practitioner.get<{ alerts: number }>(`/api/families/${alertFamily}`);
    expect(record.body.alerts).toBe(1);
    const asCoordinator = await coordinator.get<{ alerts: number }>(`/api/families/${alertFamily}`);
    expect(asCoordinator.body.alerts).toBe(0);
    const caseload = await practitioner.get<{ families: CaseloadFamily[] }>('/api/caseload');
    const row = caseload.body.families.find((f) => f.id === alertFamily);
    expect(row?.outstanding.measures[0]).toMatchObject({ kind: 'alert', count: 1, label: 'Measure alert' });

    // Once acknowledged (the measures module's route sets these), it is gone.
    await ownerRows(h, sql`update measure_results set alert_acknowledged_at = now() where family_id = ${alertFamily}`);
    const after = await practitioner.get<{ alerts: { family: { id: string } }[] }>('/api/measure-alerts');
    expect(after.body.alerts.some((a) => a.family.id === alertFamily)).toBe(false);
  });
});

describe('outstanding measures on the caseload', () => {
  const measuresOf = async (id: string) => {
    const res = await practitioner.get<{ families: CaseloadFamily[] }>('/api/caseload');
    return res.body.families.find((f) => f.id === id)?.outstanding.measures.map((m) => m.kind);
  };

  it('asks for assessment measures after first contact, shows links waiting, and review when due', async () => {
    const id = await newFamily(h, coordinator);
    const { carerId: parent } = await peopleOf(id);
    expect(await measuresOf(id)).toEqual([]);
    await ownerRows(h, sql`update families set first_contact_on = ${todayInLondon()} where id = ${id}`);
    expect(await measuresOf(id)).toEqual(['assessment-not-given']);

    const created = (await create(practitioner, id, { personId: parent })).body;
    expect(await measuresOf(id)).toEqual(['link-waiting']);
    await ownerRows(
      h,
      sql`update measure_links set expires_at = now() - interval '1 day' where id = ${created.link.id}`,
    );
    expect(await measuresOf(id)).toEqual(['assessment-not-given', 'link-expired']);

    const second = (await create(practitioner, id, { personId: parent })).body;
    await submit(tokenOf(second), ALL_GAD7);
    expect(await measuresOf(id)).toEqual([]);
    await ownerRows(
      h,
      sql`update measure_results set completed_on = current_date - 100 where link_id = ${second.link.id}`,
    );
    expect(await measuresOf(id)).toEqual(['review-due']);
  });

  it('asks for discharge measures from four weeks before the planned end, set through the record', async () => {
    const id = await newFamily(h, coordinator);
    const { carerId: parent } = await peopleOf(id);
    const family = (await practitioner.get<{ version: number }>(`/api/families/${id}`)).body;
    const dates = {
      careSetting: 'birth-family',
      placementStart: null,
      placementEnd: null,
      firstContactOn: null,
      assessmentOn: null,
      interventionStartOn: null,
    };
    const far = await practitioner.patch<{ version: number; plannedEndOn: string | null }>(`/api/families/${id}`, {
      ...dates,
      version: family.version,
      plannedEndOn: addDays(todayInLondon(), 29),
    });
    expect(far.status).toBe(200);
    expect(far.body.plannedEndOn).toBe(addDays(todayInLondon(), 29));
    expect(await measuresOf(id)).toEqual([]);
    const soon = addDays(todayInLondon(), 28);
    await practitioner.patch(`/api/families/${id}`, { ...dates, version: far.body.version, plannedEndOn: soon });
    const res = await practitioner.get<{ families: CaseloadFamily[] }>('/api/caseload');
    expect(res.body.families.find((f) => f.id === id)?.outstanding.measures).toEqual([
      expect.objectContaining({ kind: 'discharge-not-given', label: 'Discharge measures due', plannedEndOn: soon }),
    ]);
    // A discharge link waiting quiets it; the completed questionnaire ends it.
    const created = (await create(practitioner, id, { personId: parent, timepoint: 'discharge' })).body;
    expect(await measuresOf(id)).toEqual(['link-waiting']);
    await submit(tokenOf(created), ALL_GAD7);
    expect(await measuresOf(id)).toEqual([]);
  });

  it('tells the discharge page whether a discharge measure has been given', async () => {
    const id = await newFamily(h, coordinator);
    const { carerId: parent } = await peopleOf(id);
    const status = () =>
      practitioner.get<{ dischargeMeasureGiven: boolean; outstanding: Outstanding[] }>(
        `/api/families/${id}/measure-status`,
      );
    expect((await status()).body).toEqual({ dischargeMeasureGiven: false, outstanding: [] });
    const created = (await create(practitioner, id, { personId: parent, timepoint: 'discharge' })).body;
    expect((await status()).body.outstanding.map((o) => o.kind)).toEqual(['link-waiting']);
    await submit(tokenOf(created), ALL_GAD7);
    expect((await status()).body.dischargeMeasureGiven).toBe(true);
    expect((await coordinator.get(`/api/families/${id}/measure-status`)).status).toBe(403);
    expect((await otherPrac.get(`/api/families/${id}/measure-status`)).status).toBe(404);
  });
});

describe('rate limit', () => {
  it('limits both public routes per address', async () => {
    const small = await startHarness({ HAVEN_PUBLIC_RATE_LIMIT: '3' });
    try {
      const c = small.client();
      const token = randomToken();
      const gets = [];
      for (let i = 0; i < 4; i++) gets.push((await c.get(`/api/public/measure-links/${token}`)).status);
      expect(gets).toEqual([404, 404, 404, 429]);
      const posts = [];
      for (let i = 0; i < 4; i++)
        posts.push((await c.post(`/api/public/measure-links/${token}`, { responses: ALL_GAD7 })).status);
      expect(posts).toEqual([404, 404, 404, 429]);
    } finally {
      await small.close();
    }
  }, 60_000);
});
