import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayInLondon } from '../../../core/dates';
import { auditActions, fieldPaths, ownerRows, type Client, type Harness } from '../../../../test/harness';
import {
  addPractitioner,
  dayFromToday,
  newFamily,
  signInAs,
  startFamilyHarness,
} from '../../../../test/family-fixtures';

type Person = { id: string; name: string };
type Observation = {
  id: string;
  child: Person;
  carer: Person;
  observedOn: string;
  source: string;
  context: string | null;
  durationMs: number;
  events: { atMs: number; code: string }[];
  notes: string | null;
  codedBy: Person | null;
  metrics: {
    bids: number;
    bidsMet: number;
    contingencyRate: number | null;
    mismatches: number;
    repaired: number;
    shareRepaired: number | null;
    medianRepairMs: number | null;
  };
  version: number;
};
type List = {
  observations: Observation[];
  carers: Person[];
  babies: (Person & { dateOfBirth: string })[];
  canWrite: boolean;
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
let babyId = '';
let carerId = '';

const list = (c: Client, id: string) => c.get<List>(`/api/families/${id}/interactions`);

/** Two bids (one met), a missed cue and an intrusive response both repaired by one repair 3 s and 1 s later. */
const EVENTS = [
  { atMs: 1000, code: 'bid' },
  { atMs: 2000, code: 'contingent' },
  { atMs: 5000, code: 'bid' },
  { atMs: 6000, code: 'missed' },
  { atMs: 8000, code: 'intrusive' },
  { atMs: 9000, code: 'repair' },
];

const record = (c: Client, id: string, body: Record<string, unknown> = {}) =>
  c.post<Observation>(`/api/families/${id}/interactions`, {
    childId: babyId,
    carerId,
    observedOn: todayInLondon(),
    source: 'live',
    context: 'Nappy change on the mat',
    durationMs: 10_000,
    events: EVENTS,
    notes: 'Settled quickly after the repair',
    ...body,
  });

beforeAll(async () => {
  ({ h, demoId } = await startFamilyHarness());
  coordinator = await signInAs(h, 'coordinator');
  practitioner = await signInAs(h, 'practitioner');
  manager = await signInAs(h, 'manager');
  viewer = await signInAs(h, 'viewer');
  colleague = await addPractitioner(h, 'Cole Colleague');
  otherPrac = await signInAs(h, 'otherPractitioner');
  familyId = await newFamily(h, coordinator);
  const people = await list(practitioner, familyId);
  babyId = people.body.babies[0]?.id ?? '';
  carerId = people.body.carers[0]?.id ?? '';
}, 60_000);
afterAll(() => h.close());

// First, while the only observations are the demo's.
describe('the demo data', () => {
  it('gives several families two or three observations months apart, improving over time', async () => {
    const rows = await ownerRows<{ family_id: string; n: number }>(
      h,
      sql`select family_id, count(*)::int as n from interaction_observations
          where service_id = ${demoId} and coded_by is not null group by family_id`,
    );
    const seeded = rows.filter((r) => r.n >= 2);
    expect(seeded.length).toBeGreaterThanOrEqual(3);
    let first = 0;
    let last = 0;
    for (const { family_id } of seeded) {
      const res = await list(manager, family_id);
      expect(res.status).toBe(200);
      const obs = res.body.observations;
      const newest = obs[0];
      const oldest = obs.at(-1);
      if (!newest || !oldest) throw new Error('no observations');
      expect(oldest.durationMs).toBeGreaterThanOrEqual(180_000);
      expect(oldest.durationMs).toBeLessThanOrEqual(300_000);
      expect(addMonths(oldest.observedOn, 2) <= newest.observedOn).toBe(true);
      expect(newest.metrics.contingencyRate ?? 0).toBeGreaterThanOrEqual(oldest.metrics.contingencyRate ?? 0);
      expect(newest.metrics.shareRepaired ?? 0).toBeGreaterThanOrEqual(oldest.metrics.shareRepaired ?? 0);
      first += oldest.metrics.contingencyRate ?? 0;
      last += newest.metrics.contingencyRate ?? 0;
    }
    expect(last / seeded.length).toBeGreaterThan(first / seeded.length + 0.15);
  });
});

describe('reading', () => {
  it('lists nothing yet, with the carers and born babies to choose from', async () => {
    const res = await list(practitioner, familyId);
    expect(res.status).toBe(200);
    expect(res.body.observations).toEqual([]);
    expect(res.body.carers).toEqual([{ id: carerId, name: 'Jane Example' }]);
    expect(res.body.babies).toMatchObject([{ id: babyId, name: 'Ava Example' }]);
    expect(res.body.canWrite).toBe(true);
  });

  it('leaves out a baby not yet born', async () => {
    const expecting = await newFamily(h, coordinator, {
      over: { baby: { kind: 'expected', dueDate: addMonths(todayInLondon(), 3) } },
    });
    const res = await list(practitioner, expecting);
    expect(res.body.babies).toEqual([]);
    expect(res.body.carers).toHaveLength(1);
  });

  it('lets managers read; refuses coordinators and viewers (403), others (404)', async () => {
    expect((await list(manager, familyId)).status).toBe(200);
    expect((await list(coordinator, familyId)).status).toBe(403);
    expect((await list(viewer, familyId)).status).toBe(403);
    expect((await list(colleague, familyId)).status).toBe(404);
    expect((await list(otherPrac, familyId)).status).toBe(404);
  });

  it('audits each read of the section', async () => {
    await list(practitioner, familyId);
    const reads = await auditActions(h, demoId, { actions: ['interactions.read'], entityId: familyId });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.at(-1)).toMatchObject({ entity_type: 'family', details: { familyId } });
  });
});

describe('saving an observation', () => {
  it('saves the coding and answers its metrics, computed by the core', async () => {
    const res = await record(practitioner, familyId);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      child: { id: babyId, name: 'Ava Example' },
      carer: { id: carerId, name: 'Jane Example' },
      observedOn: todayInLondon(),
      source: 'live',
      context: 'Nappy change on the mat',
      durationMs: 10_000,
      events: EVENTS,
      codedBy: { name: 'Priya Practitioner' },
      metrics: {
        bids: 2,
        bidsMet: 1,
        contingencyRate: 0.5,
        mismatches: 2,
        repaired: 2,
        shareRepaired: 1,
        medianRepairMs: 2000,
      },
      version: 1,
    });
  });

  it('lists observations newest observed first', async () => {
    const older = await record(manager, familyId, { observedOn: addMonths(todayInLondon(), -2), events: [] });
    expect(older.status).toBe(201);
    expect(older.body.metrics.contingencyRate).toBeNull();
    const res = await list(practitioner, familyId);
    const dates = res.body.observations.map((o) => o.observedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(res.body.observations.at(-1)?.id).toBe(older.body.id);
  });

  it('refuses missing and invalid fields, naming each', async () => {
    const bad = await practitioner.post(`/api/families/${familyId}/interactions`, {
      childId: 'x',
      carerId: 'y',
      observedOn: dayFromToday(1),
      source: 'video',
      durationMs: 1000,
      events: [],
    });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(
      expect.arrayContaining(['body.childId', 'body.carerId', 'body.observedOn', 'body.source']),
    );
    const code = await record(practitioner, familyId, { events: [{ atMs: 0, code: 'smile' }] });
    expect(fieldPaths(code.body)).toEqual(['body.events.0.code']);
  });

  it('checks the events: in time order, within the duration, and the limits', async () => {
    const order = await record(practitioner, familyId, {
      events: [
        { atMs: 3000, code: 'bid' },
        { atMs: 2000, code: 'contingent' },
      ],
    });
    expect(order.status).toBe(400);
    expect(fieldPaths(order.body)).toEqual(['body.events.1.atMs']);
    const beyond = await record(practitioner, familyId, { durationMs: 5000, events: [{ atMs: 5001, code: 'bid' }] });
    expect(fieldPaths(beyond.body)).toEqual(['body.events.0.atMs']);
    const negative = await record(practitioner, familyId, { events: [{ atMs: -1, code: 'bid' }] });
    expect(fieldPaths(negative.body)).toEqual(['body.events.0.atMs']);
    const long = await record(practitioner, familyId, { durationMs: 2 * 3600 * 1000 + 1, events: [] });
    expect(fieldPaths(long.body)).toEqual(['body.durationMs']);
    const zero = await record(practitioner, familyId, { durationMs: 0, events: [] });
    expect(fieldPaths(zero.body)).toEqual(['body.durationMs']);
    const many = await record(practitioner, familyId, {
      events: Array.from({ length: 5001 }, () => ({ atMs: 0, code: 'bid' })),
    });
    expect(fieldPaths(many.body)).toEqual(['body.events']);
    const most = await record(practitioner, familyId, {
      events: Array.from({ length: 5000 }, (_, i) => ({ atMs: i, code: i % 2 ? 'contingent' : 'bid' })),
    });
    expect(most.status).toBe(201);
    expect(most.body.metrics.contingencyRate).toBe(1);
  });

  it('refuses a baby or carer who is not of this family, or a baby not yet born', async () => {
    const other = await newFamily(h, coordinator);
    const theirs = (await list(practitioner, other)).body;
    const res = await record(practitioner, familyId, { childId: theirs.babies[0]?.id, carerId: theirs.carers[0]?.id });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(['body.childId', 'body.carerId']);
    const swapped = await record(practitioner, familyId, { childId: carerId, carerId: babyId });
    expect(fieldPaths(swapped.body)).toEqual(['body.childId', 'body.carerId']);
    await ownerRows(
      h,
      sql`update family_people set date_of_birth = null, due_date = ${dayFromToday(30)} where id = ${theirs.babies[0]?.id ?? ''}`,
    );
    const unborn = await record(practitioner, other, { childId: theirs.babies[0]?.id, carerId: theirs.carers[0]?.id });
    expect(fieldPaths(unborn.body)).toEqual(['body.childId']);
  });

  it('lets only practitioners and managers save, on an open record', async () => {
    expect((await record(coordinator, familyId)).status).toBe(403);
    expect((await record(viewer, familyId)).status).toBe(403);
    expect((await record(colleague, familyId)).status).toBe(404);
    expect((await record(otherPrac, familyId)).status).toBe(404);
    const id = await newFamily(h, coordinator);
    const people = (await list(practitioner, id)).body;
    await ownerRows(h, sql`update families set status = 'discharged' where id = ${id}`);
    const closed = await record(practitioner, id, { childId: people.babies[0]?.id, carerId: people.carers[0]?.id });
    expect(closed.status).toBe(412);
    expect((await list(practitioner, id)).body.canWrite).toBe(false);
  });

  it('audits the save with counts and ids, never the context or notes', async () => {
    const saved = await record(practitioner, familyId);
    const rows = await auditActions(h, demoId, { actions: ['interaction.recorded'], entityId: saved.body.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      entity_type: 'interaction',
      details: { familyId, childId: babyId, carerId, source: 'live', events: 6, bids: 2, mismatches: 2 },
    });
    expect(JSON.stringify(rows[0]?.details)).not.toMatch(/Nappy|Settled/);
  });
});

describe('changing the context or notes', () => {
  it('changes them with the version, refuses a stale version, and never the events', async () => {
    const saved = (await record(practitioner, familyId)).body;
    const res = await practitioner.patch<Observation>(`/api/interactions/${saved.id}`, {
      version: 1,
      notes: 'Watched again with the carer: she spotted the repair herself',
      events: [],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 2,
      context: 'Nappy change on the mat',
      notes: 'Watched again with the carer: she spotted the repair herself',
      events: EVENTS,
    });
    const cleared = await practitioner.patch<Observation>(`/api/interactions/${saved.id}`, { version: 2, context: '' });
    expect(cleared.body).toMatchObject({ version: 3, context: null });
    expect(cleared.body.notes).toMatch(/spotted/);
    const stale = await practitioner.patch(`/api/interactions/${saved.id}`, { version: 1, notes: 'x' });
    expect(stale.status).toBe(409);
  });

  it('refuses an empty change, other roles and services, and a missing observation', async () => {
    const saved = (await record(practitioner, familyId)).body;
    const empty = await practitioner.patch(`/api/interactions/${saved.id}`, { version: 1 });
    expect(empty.status).toBe(400);
    expect((await coordinator.patch(`/api/interactions/${saved.id}`, { version: 1, notes: 'x' })).status).toBe(403);
    expect((await viewer.patch(`/api/interactions/${saved.id}`, { version: 1, notes: 'x' })).status).toBe(403);
    expect((await colleague.patch(`/api/interactions/${saved.id}`, { version: 1, notes: 'x' })).status).toBe(404);
    expect((await otherPrac.patch(`/api/interactions/${saved.id}`, { version: 1, notes: 'x' })).status).toBe(404);
    const missing = '0190a000-0000-7000-8000-000000000000';
    expect((await practitioner.patch(`/api/interactions/${missing}`, { version: 1, notes: 'x' })).status).toBe(404);
  });

  it('audits which parts changed, not what they say', async () => {
    const saved = (await record(manager, familyId)).body;
    await manager.patch(`/api/interactions/${saved.id}`, { version: 1, context: 'Bath time' });
    const rows = await auditActions(h, demoId, { actions: ['interaction.changed'], entityId: saved.id });
    expect(rows).toEqual([
      expect.objectContaining({ entity_type: 'interaction', details: { familyId, changed: ['context'] } }),
    ]);
  });
});

describe('the API description', () => {
  it('documents the three routes, with their answers', async () => {
    const res = await h
      .client()
      .get<{ paths: Record<string, Record<string, { tags?: string[]; responses?: object }>> }>('/api/openapi.json');
    const routes = [
      ['/api/families/{id}/interactions', 'get', '200'],
      ['/api/families/{id}/interactions', 'post', '201'],
      ['/api/interactions/{id}', 'patch', '200'],
    ] as const;
    for (const [path, method, status] of routes) {
      const op = res.body.paths[path]?.[method];
      expect(op?.tags).toEqual(['Interactions']);
      expect(Object.keys(op?.responses ?? {})).toContain(status);
    }
  });
});
