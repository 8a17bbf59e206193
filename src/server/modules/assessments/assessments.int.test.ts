import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayInLondon } from '../../../core/dates';
import { auditActions, fieldPaths, ownerRows, type Client, type Harness } from '../../../../test/harness';
import { dayFromToday, newFamily, signInAs, startFamilyHarness } from '../../../../test/family-fixtures';

type Named = { id: string; name: string | null };
type Dimension = { carer: number; child: number; evidence: string; goals: string };
type Review = {
  id: string;
  child: Named;
  carer: Named;
  reviewedOn: string;
  careSetting: string;
  dimensions: Record<string, Dimension>;
  summary: string | null;
  reviewedBy: { id: string; name: string } | null;
  version: number;
};
type Observation = {
  id: string;
  child: Named;
  carer: Named;
  observedOn: string;
  observedBy: string;
  setting: string | null;
  features: Record<string, { seen: string; description: string }>;
  recordedBy: { id: string; name: string } | null;
  version: number;
};
type List = {
  reviews: Review[];
  observations: Observation[];
  people: { carers: Named[]; children: (Named & { dateOfBirth: string })[] };
  careSetting: string;
  canWrite: boolean;
};
type Person = { id: string; kind: 'carer' | 'baby'; dateOfBirth: string | null };

let h: Harness;
let demoId = '';
let coordinator: Client;
let practitioner: Client;
let manager: Client;
let viewer: Client;
let otherPrac: Client;
let familyId = '';
let childId = '';
let carerId = '';

const DIMENSIONS = ['availability', 'sensitivity', 'acceptance', 'co-operation', 'family-membership'];
const FEATURES = ['proximity-maintenance', 'safe-haven', 'secure-base', 'separation-distress'];

/** Five dimensions rated from two lists in the model's order. */
const dims = (carer: number[], child: number[], evidence = 'Seen at the home visit') =>
  Object.fromEntries(
    DIMENSIONS.map((id, i) => [id, { carer: carer[i], child: child[i], evidence, goals: 'Keep going' }]),
  );
const features = (seen = 'clearly-seen', description = 'Reached for mum when the door banged') =>
  Object.fromEntries(FEATURES.map((id) => [id, { seen, description }]));

async function peopleOf(id: string): Promise<{ childId: string; carerId: string }> {
  const res = await coordinator.get<{ people: Person[] }>(`/api/families/${id}`);
  const child = res.body.people.find((p) => p.kind === 'baby' && p.dateOfBirth);
  const carer = res.body.people.find((p) => p.kind === 'carer');
  if (!child || !carer) throw new Error('the test family has no baby or carer');
  return { childId: child.id, carerId: carer.id };
}

const review = (c: Client, id: string, body: Record<string, unknown> = {}) =>
  c.post<Review>(`/api/families/${id}/secure-base-reviews`, {
    childId,
    carerId,
    reviewedOn: dayFromToday(-7),
    dimensions: dims([2, 3, 3, 2, 4], [2, 2, 3, 3, 3]),
    ...body,
  });
const observe = (c: Client, id: string, body: Record<string, unknown> = {}) =>
  c.post<Observation>(`/api/families/${id}/attachment-observations`, {
    childId,
    carerId,
    observedOn: dayFromToday(-3),
    observedBy: 'Priya (practitioner), home visit',
    setting: 'Home',
    features: features(),
    ...body,
  });
const list = (c: Client, id: string) => c.get<List>(`/api/families/${id}/assessments`);
const auditRows = (action: string) => auditActions(h, demoId, { actions: [action] });

beforeAll(async () => {
  ({ h, demoId } = await startFamilyHarness());
  coordinator = await signInAs(h, 'coordinator');
  practitioner = await signInAs(h, 'practitioner');
  manager = await signInAs(h, 'manager');
  viewer = await signInAs(h, 'viewer');
  otherPrac = await signInAs(h, 'otherPractitioner');
  familyId = await newFamily(h, coordinator);
  ({ childId, carerId } = await peopleOf(familyId));
}, 60_000);
afterAll(() => h.close());

describe('Secure Base reviews', () => {
  it("records a review with all five dimensions, taking the family's care setting by default", async () => {
    const res = await review(practitioner, familyId, { summary: 'A settled month' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      child: { id: childId, name: 'Ava Example' },
      carer: { id: carerId, name: 'Jane Example' },
      reviewedOn: dayFromToday(-7),
      careSetting: 'birth-family',
      summary: 'A settled month',
      reviewedBy: { name: 'Priya Practitioner' },
      version: 1,
    });
    expect(Object.keys(res.body.dimensions)).toEqual(DIMENSIONS);
    expect(res.body.dimensions.availability).toEqual({
      carer: 2,
      child: 2,
      evidence: 'Seen at the home visit',
      goals: 'Keep going',
    });
    const foster = await review(manager, familyId, { careSetting: 'foster' });
    expect(foster.status).toBe(201);
    expect(foster.body.careSetting).toBe('foster');
  });

  it('lists reviews newest first with the people to choose from, and audits the read', async () => {
    const id = await newFamily(h, coordinator);
    const people = await peopleOf(id);
    const older = await review(practitioner, id, { ...people, reviewedOn: dayFromToday(-90) });
    const newer = await review(practitioner, id, { ...people, reviewedOn: dayFromToday(-1) });
    const obs = await observe(practitioner, id, people);
    const res = await list(practitioner, id);
    expect(res.status).toBe(200);
    expect(res.body.reviews.map((r) => r.id)).toEqual([newer.body.id, older.body.id]);
    expect(res.body.observations.map((o) => o.id)).toEqual([obs.body.id]);
    expect(res.body.people).toEqual({
      carers: [{ id: people.carerId, name: 'Jane Example' }],
      children: [{ id: people.childId, name: 'Ava Example', dateOfBirth: expect.any(String) as string }],
    });
    expect(res.body).toMatchObject({ careSetting: 'birth-family', canWrite: true });
    const reads = (await auditRows('assessments.read')).filter((r) => r.entity_id === id);
    expect(reads).toEqual([expect.objectContaining({ entity_type: 'family', details: { familyId: id } })]);
  });

  it('refuses missing dimensions, ratings outside 1–5 and a bad care setting, naming each field', async () => {
    const some = dims([2, 3, 3, 2, 4], [2, 2, 3, 3, 3]);
    delete some['family-membership'];
    const missing = await review(practitioner, familyId, { dimensions: some });
    expect(missing.status).toBe(400);
    expect(fieldPaths(missing.body)).toEqual(['body.dimensions.family-membership']);

    const bad = await review(practitioner, familyId, {
      dimensions: dims([0, 3, 6, 2.5, 4], [2, 2, 3, 3, 3]),
      careSetting: 'boarding-school',
      reviewedOn: dayFromToday(1),
    });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(
      expect.arrayContaining([
        'body.dimensions.availability.carer',
        'body.dimensions.acceptance.carer',
        'body.dimensions.co-operation.carer',
        'body.careSetting',
        'body.reviewedOn',
      ]),
    );
  });

  it('checks the child is a born baby of this family and the carer a carer of it', async () => {
    const other = await newFamily(h, coordinator);
    const theirs = await peopleOf(other);
    const wrongFamily = await review(practitioner, familyId, { childId: theirs.childId, carerId: theirs.carerId });
    expect(wrongFamily.status).toBe(400);
    expect(fieldPaths(wrongFamily.body)).toEqual(['body.childId', 'body.carerId']);

    const swapped = await review(practitioner, familyId, { childId: carerId, carerId: childId });
    expect(fieldPaths(swapped.body)).toEqual(['body.childId', 'body.carerId']);

    const pregnancy = await practitioner.post<{ id: string }>(`/api/families/${familyId}/people`, {
      kind: 'baby',
      dueDate: addMonths(todayInLondon(), 2),
    });
    expect(pregnancy.status).toBe(201);
    const unborn = await review(practitioner, familyId, { childId: pregnancy.body.id });
    expect(unborn.status).toBe(400);
    expect(fieldPaths(unborn.body)).toEqual(['body.childId']);
    // Nor is the pregnancy offered as a choice.
    expect((await list(practitioner, familyId)).body.people.children.map((c) => c.id)).toEqual([childId]);

    const beforeBirth = await review(practitioner, familyId, { reviewedOn: addMonths(todayInLondon(), -6) });
    expect(beforeBirth.status).toBe(400);
    expect(fieldPaths(beforeBirth.body)).toEqual(['body.reviewedOn']);
  });

  it('revises a review with its version, and refuses a stale one', async () => {
    const created = (await review(practitioner, familyId)).body;
    const res = await practitioner.patch<Review>(`/api/secure-base-reviews/${created.id}`, {
      version: 1,
      dimensions: dims([3, 3, 3, 3, 4], [3, 2, 3, 3, 4], 'Updated after supervision'),
      summary: '',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, summary: null });
    expect(res.body.dimensions.availability).toMatchObject({ carer: 3, evidence: 'Updated after supervision' });

    const stale = await manager.patch<{ code: string }>(`/api/secure-base-reviews/${created.id}`, {
      version: 1,
      careSetting: 'kinship',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');

    const nothing = await practitioner.patch(`/api/secure-base-reviews/${created.id}`, { version: 2 });
    expect(nothing.status).toBe(400);
    const badRating = await practitioner.patch(`/api/secure-base-reviews/${created.id}`, {
      version: 2,
      dimensions: dims([3, 3, 3, 3, 9], [3, 2, 3, 3, 4]),
    });
    expect(fieldPaths(badRating.body)).toEqual(['body.dimensions.family-membership.carer']);
    const missing = '01900000-0000-7000-8000-000000000000';
    expect((await practitioner.patch(`/api/secure-base-reviews/${missing}`, { version: 1, summary: 'x' })).status).toBe(
      404,
    );
  });
});

describe('attachment observations', () => {
  it('records what was seen of each of the four features, dated, with who observed', async () => {
    const res = await observe(practitioner, familyId, {
      features: { ...features(), 'separation-distress': { seen: 'not-observed', description: '' } },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      observedOn: dayFromToday(-3),
      observedBy: 'Priya (practitioner), home visit',
      setting: 'Home',
      recordedBy: { name: 'Priya Practitioner' },
      version: 1,
    });
    expect(Object.keys(res.body.features)).toEqual(FEATURES);
    expect(res.body.features['separation-distress']).toEqual({ seen: 'not-observed', description: '' });
  });

  it('refuses a missing feature, an unknown answer, a concern without a description and a future date', async () => {
    const some = features();
    delete some['safe-haven'];
    const bad = await observe(practitioner, familyId, {
      features: { ...some, 'secure-base': { seen: 'maybe', description: '' } },
      observedOn: dayFromToday(2),
      observedBy: ' ',
    });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(
      expect.arrayContaining([
        'body.features.safe-haven',
        'body.features.secure-base.seen',
        'body.observedOn',
        'body.observedBy',
      ]),
    );
    const concern = await observe(practitioner, familyId, {
      features: { ...features(), 'safe-haven': { seen: 'concern', description: '' } },
    });
    expect(fieldPaths(concern.body)).toEqual(['body.features.safe-haven.description']);
  });

  it('revises an observation with its version, and refuses a stale one or another family’s child', async () => {
    const created = (await observe(practitioner, familyId)).body;
    const res = await practitioner.patch<Observation>(`/api/attachment-observations/${created.id}`, {
      version: 1,
      setting: 'Children’s centre',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ setting: 'Children’s centre', version: 2 });
    const stale = await practitioner.patch(`/api/attachment-observations/${created.id}`, {
      version: 1,
      setting: 'Home',
    });
    expect(stale.status).toBe(409);
    const theirs = await peopleOf(await newFamily(h, coordinator));
    const wrong = await practitioner.patch(`/api/attachment-observations/${created.id}`, {
      version: 2,
      childId: theirs.childId,
    });
    expect(wrong.status).toBe(400);
    expect(fieldPaths(wrong.body)).toEqual(['body.childId']);
  });
});

describe('who may read and write', () => {
  it('refuses coordinators (403) and viewers (403)', async () => {
    const r = (await review(practitioner, familyId)).body;
    const o = (await observe(practitioner, familyId)).body;
    for (const c of [coordinator, viewer]) {
      expect((await list(c, familyId)).status).toBe(403);
      expect((await review(c, familyId)).status).toBe(403);
      expect((await observe(c, familyId)).status).toBe(403);
      expect((await c.patch(`/api/secure-base-reviews/${r.id}`, { version: 1, summary: 'x' })).status).toBe(403);
      expect((await c.patch(`/api/attachment-observations/${o.id}`, { version: 1, setting: 'x' })).status).toBe(403);
    }
  });

  it("answers 404 for another service's family and its entries, changing nothing", async () => {
    const r = (await review(practitioner, familyId)).body;
    const o = (await observe(practitioner, familyId)).body;
    expect((await list(otherPrac, familyId)).status).toBe(404);
    expect((await review(otherPrac, familyId)).status).toBe(404);
    expect((await observe(otherPrac, familyId)).status).toBe(404);
    expect((await otherPrac.patch(`/api/secure-base-reviews/${r.id}`, { version: 1, summary: 'x' })).status).toBe(404);
    expect((await otherPrac.patch(`/api/attachment-observations/${o.id}`, { version: 1, setting: 'x' })).status).toBe(
      404,
    );
    const after = (await list(practitioner, familyId)).body;
    expect(after.reviews.find((x) => x.id === r.id)?.version).toBe(1);
    expect(after.observations.find((x) => x.id === o.id)?.version).toBe(1);
  });

  it('keeps a discharged record readable but refuses changes', async () => {
    const id = await newFamily(h, coordinator);
    const people = await peopleOf(id);
    const r = (await review(practitioner, id, people)).body;
    const o = (await observe(practitioner, id, people)).body;
    await ownerRows(h, sql`update families set status = 'discharged' where id = ${id}`);
    expect((await review(practitioner, id, people)).status).toBe(412);
    expect((await observe(practitioner, id, people)).status).toBe(412);
    expect((await practitioner.patch(`/api/secure-base-reviews/${r.id}`, { version: 1, summary: 'x' })).status).toBe(
      412,
    );
    expect(
      (await practitioner.patch(`/api/attachment-observations/${o.id}`, { version: 1, setting: 'x' })).status,
    ).toBe(412);
    const read = await list(manager, id);
    expect(read.status).toBe(200);
    expect(read.body.canWrite).toBe(false);
    expect(read.body.reviews).toHaveLength(1);
  });
});

describe('audit', () => {
  it('records each write with the family and codes, never evidence, goals or descriptions', async () => {
    const r = (
      await review(practitioner, familyId, {
        dimensions: dims([2, 2, 2, 2, 2], [2, 2, 2, 2, 2], 'Mum shouted at the baby'),
        summary: 'Confidential summary',
      })
    ).body;
    await practitioner.patch(`/api/secure-base-reviews/${r.id}`, { version: 1, summary: 'Secret change' });
    const o = (
      await observe(practitioner, familyId, {
        features: { ...features(), 'safe-haven': { seen: 'concern', description: 'Froze when dad came in' } },
      })
    ).body;
    await practitioner.patch(`/api/attachment-observations/${o.id}`, { version: 1, observedBy: 'Nursery worker' });

    const recorded = (await auditRows('secure-base-review.recorded')).find((x) => x.entity_id === r.id);
    expect(recorded).toMatchObject({
      entity_type: 'secure-base-review',
      details: { familyId, childId, carerId, careSetting: 'birth-family' },
    });
    const revised = (await auditRows('secure-base-review.revised')).find((x) => x.entity_id === r.id);
    expect(revised?.details).toEqual({ familyId, changed: ['summary'] });
    const observed = (await auditRows('attachment-observation.recorded')).find((x) => x.entity_id === o.id);
    expect(observed).toMatchObject({
      entity_type: 'attachment-observation',
      details: { familyId, childId, carerId, seen: { 'safe-haven': 'concern', 'secure-base': 'clearly-seen' } },
    });
    const obsRevised = (await auditRows('attachment-observation.revised')).find((x) => x.entity_id === o.id);
    expect(obsRevised?.details).toEqual({ familyId, changed: ['observedBy'] });
    for (const row of [recorded, revised, observed, obsRevised]) {
      expect(JSON.stringify(row?.details)).not.toMatch(/shouted|Confidential|Secret|Froze|Nursery/);
    }
  });
});
