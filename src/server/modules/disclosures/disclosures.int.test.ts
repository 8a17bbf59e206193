import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../core/dates';
import {
  addPractitioner,
  dayFromToday,
  newFamily,
  signInAs,
  startFamilyHarness,
} from '../../../../test/family-fixtures';
import { auditActions, dbError, fieldPaths, ownerRows, type Client, type Harness } from '../../../../test/harness';
import { disclosures } from '../../db/schema';
import { inScope } from '../../platform/db';

type Entry = {
  id: string;
  disclosedOn: string;
  recipient: string;
  recipientOrganisation: string | null;
  information: string;
  personIds: string[];
  lawfulBasis: string;
  consent: string;
  reason: string;
  recordedBy: { id: string; name: string } | null;
  recordedAt: string;
};

let h: Harness;
let demoId = '';
let coordinator: Client;
let practitioner: Client;
let manager: Client;
let viewer: Client;
let colleague: Client;
let otherPrac: Client;
let familyId = '';
let people: string[] = [];

const peopleOf = async (id: string) =>
  (await ownerRows<{ id: string }>(h, sql`select id from family_people where family_id = ${id} order by kind, id`)).map(
    (p) => p.id,
  );

beforeAll(async () => {
  ({ h, demoId } = await startFamilyHarness());
  coordinator = await signInAs(h, 'coordinator');
  practitioner = await signInAs(h, 'practitioner');
  manager = await signInAs(h, 'manager');
  viewer = await signInAs(h, 'viewer');
  colleague = await addPractitioner(h, 'Cole Colleague');
  otherPrac = await signInAs(h, 'otherPractitioner');
  familyId = await newFamily(h, coordinator);
  people = await peopleOf(familyId);
}, 60_000);
afterAll(() => h.close());

const record = (c: Client, id: string, body: Record<string, unknown>) =>
  c.post<Entry>(`/api/families/${id}/disclosures`, {
    disclosedOn: todayInLondon(),
    recipient: 'Sam Social Worker',
    recipientOrganisation: "Oxford Children's Social Care",
    information: 'Summary of concerns about home conditions',
    personIds: people,
    lawfulBasis: 'safeguarding-children',
    consent: 'not-sought',
    reason: 'Strategy meeting under section 47',
    ...body,
  });
const list = (c: Client, id: string) => c.get<{ disclosures: Entry[] }>(`/api/families/${id}/disclosures`);

describe('the disclosure log', () => {
  it('records an entry and lists the log newest first, with who recorded each', async () => {
    const id = await newFamily(h, coordinator);
    const who = await peopleOf(id);
    expect(who.length).toBeGreaterThanOrEqual(2);
    const older = await record(practitioner, id, { disclosedOn: dayFromToday(-7), personIds: [who[0]] });
    expect(older.status).toBe(201);
    expect(older.body).toMatchObject({
      disclosedOn: dayFromToday(-7),
      recipient: 'Sam Social Worker',
      recipientOrganisation: "Oxford Children's Social Care",
      personIds: [who[0]],
      lawfulBasis: 'safeguarding-children',
      consent: 'not-sought',
      recordedBy: { name: 'Priya Practitioner' },
    });
    const newer = await record(manager, id, {
      recipient: 'Dr Gee',
      recipientOrganisation: '',
      lawfulBasis: 'consent',
      consent: 'given',
      personIds: [...who, who[0]],
    });
    expect(newer.status).toBe(201);
    expect(newer.body.recipientOrganisation).toBeNull();
    expect(newer.body.personIds).toEqual(who);

    for (const c of [practitioner, manager]) {
      const res = await list(c, id);
      expect(res.status).toBe(200);
      expect(res.body.disclosures.map((d) => d.id)).toEqual([newer.body.id, older.body.id]);
      expect(res.body.disclosures[0]?.recordedBy?.name).toBe('Morgan Manager');
    }
  });

  it('refuses missing and invalid fields, naming each', async () => {
    const bad = await practitioner.post(`/api/families/${familyId}/disclosures`, {
      disclosedOn: dayFromToday(1),
      recipient: '',
      information: 'x'.repeat(4001),
      personIds: [],
      lawfulBasis: 'because',
      consent: 'maybe',
      reason: '  ',
    });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(
      expect.arrayContaining([
        'body.disclosedOn',
        'body.recipient',
        'body.information',
        'body.personIds',
        'body.lawfulBasis',
        'body.consent',
        'body.reason',
      ]),
    );
    const notId = await record(practitioner, familyId, { personIds: ['someone'] });
    expect(fieldPaths(notId.body)).toEqual(['body.personIds.0']);
  });

  it('accepts only people in this family', async () => {
    const elsewhere = await peopleOf(await newFamily(h, coordinator));
    const res = await record(practitioner, familyId, { personIds: [people[0], elsewhere[0]] });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(['body.personIds']);
    const unknown = await record(practitioner, familyId, { personIds: ['01900000-0000-7000-8000-000000000000'] });
    expect(fieldPaths(unknown.body)).toEqual(['body.personIds']);
  });

  it('can still be written after discharge', async () => {
    const id = await newFamily(h, coordinator);
    await ownerRows(h, sql`update families set status = 'discharged' where id = ${id}`);
    const res = await record(practitioner, id, { personIds: await peopleOf(id) });
    expect(res.status).toBe(201);
    expect((await list(practitioner, id)).body.disclosures.map((d) => d.id)).toEqual([res.body.id]);
  });

  it('is append-only in the database', async () => {
    const message = await dbError(
      inScope(h.database.db, { serviceId: demoId, userId: null }, (tx) =>
        tx.update(disclosures).set({ recipient: 'Someone else' }),
      ),
    );
    expect(message).toMatch(/permission denied/);
  });
});

describe('who may use it', () => {
  it('refuses coordinators and viewers', async () => {
    expect((await list(coordinator, familyId)).status).toBe(403);
    expect((await record(coordinator, familyId, {})).status).toBe(403);
    expect((await list(viewer, familyId)).status).toBe(403);
    expect((await record(viewer, familyId, {})).status).toBe(403);
  });

  it('answers 404 to a practitioner who cannot open the family, and to another service', async () => {
    const count = async () =>
      (
        await ownerRows<{ n: number }>(h, sql`select count(*)::int as n from disclosures where family_id = ${familyId}`)
      )[0]?.n;
    const before = await count();
    expect((await list(colleague, familyId)).status).toBe(404);
    expect((await record(colleague, familyId, {})).status).toBe(404);
    expect((await list(otherPrac, familyId)).status).toBe(404);
    expect((await record(otherPrac, familyId, {})).status).toBe(404);
    expect(await count()).toBe(before);
  });
});

describe('audit', () => {
  it('records reading and writing, with the family and codes but no free text', async () => {
    const entry = (
      await record(practitioner, familyId, { information: 'Mother disclosed a new partner', reason: 'Court order' })
    ).body;
    await list(manager, familyId);
    const rows = await auditActions(h, demoId, { actions: ['disclosure.recorded', 'disclosures.read'] });
    const recorded = rows.find((r) => r.action === 'disclosure.recorded' && r.entity_id === entry.id);
    expect(recorded).toMatchObject({
      entity_type: 'disclosure',
      details: { familyId, lawfulBasis: 'safeguarding-children', consent: 'not-sought' },
    });
    expect(JSON.stringify(recorded?.details)).not.toMatch(/partner|Court|Sam/);
    const reads = rows.filter((r) => r.action === 'disclosures.read' && r.entity_id === familyId);
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads.at(-1)).toMatchObject({ entity_type: 'family', details: { familyId } });
    // A refused read leaves no trace of having seen the log.
    const before = (await auditActions(h, demoId)).length;
    await list(coordinator, familyId);
    expect((await auditActions(h, demoId)).length).toBe(before);
  });
});
