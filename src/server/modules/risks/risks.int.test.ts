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
import { systemCtx } from '../../db/seed/demo';
import { inScope } from '../../platform/db';
import { openFamily } from '../families';
import { overdueReviewCounts, visibleActiveFlags } from '.';

type Flag = {
  id: string;
  type: string;
  level: string;
  summary: string;
  raisedOn: string;
  reviewOn: string;
  raisedBy: { id: string; name: string } | null;
  closedOn: string | null;
  closedReason: string | null;
  overdue: boolean;
  version: number;
};
type Fail = { code: string; fields?: { path: string; message: string }[] };

let h: Harness;
let demoId = '';
let coordinator: Client;
let practitioner: Client;
let manager: Client;
let viewer: Client;
let colleague: Client;
let otherPrac: Client;
let familyId = '';

beforeAll(async () => {
  ({ h, demoId } = await startFamilyHarness());
  coordinator = await signInAs(h, 'coordinator');
  practitioner = await signInAs(h, 'practitioner');
  manager = await signInAs(h, 'manager');
  viewer = await signInAs(h, 'viewer');
  // A second demo practitioner, not allocated to the test families.
  colleague = await addPractitioner(h, 'Cole Colleague');
  otherPrac = await signInAs(h, 'otherPractitioner');
  familyId = await newFamily(h, coordinator);
}, 60_000);
afterAll(() => h.close());

const raise = (c: Client, id: string, body: Record<string, unknown>) =>
  c.post<Flag>(`/api/families/${id}/risks`, {
    type: 'lone-working',
    level: 'medium',
    summary: 'Dog at the address; visit in pairs',
    reviewOn: dayFromToday(30),
    ...body,
  });
const list = async (c: Client, id: string) => c.get<{ risks: Flag[] }>(`/api/families/${id}/risks`);
const setTeamCaseloads = (on: boolean) =>
  ownerRows(h, sql`update services set team_caseloads_visible = ${on} where id = ${demoId}`);
const auditRows = (action: string) => auditActions(h, demoId, { actions: [action] });

describe('raising a flag', () => {
  it('raises a flag dated today by default, naming who raised it', async () => {
    const res = await raise(practitioner, familyId, { level: 'high' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      type: 'lone-working',
      level: 'high',
      summary: 'Dog at the address; visit in pairs',
      raisedOn: todayInLondon(),
      reviewOn: dayFromToday(30),
      raisedBy: { name: 'Priya Practitioner' },
      closedOn: null,
      closedReason: null,
      overdue: false,
      version: 1,
    });
  });

  it('refuses missing and invalid fields, naming each', async () => {
    const bad = await practitioner.post(`/api/families/${familyId}/risks`, {
      type: 'made-up',
      level: 'urgent',
      summary: '   ',
      reviewOn: '2025-02-30',
    });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(
      expect.arrayContaining(['body.type', 'body.level', 'body.summary', 'body.reviewOn']),
    );
    const long = await raise(practitioner, familyId, { summary: 'x'.repeat(2001) });
    expect(fieldPaths(long.body)).toEqual(['body.summary']);
  });

  it('checks the dates: raised not in the future, review after raising and within 2 years', async () => {
    const future = await raise(practitioner, familyId, { raisedOn: dayFromToday(1), reviewOn: dayFromToday(10) });
    expect(future.status).toBe(400);
    expect(fieldPaths(future.body)).toEqual(['body.raisedOn']);

    const before = await raise(practitioner, familyId, { raisedOn: dayFromToday(-10), reviewOn: dayFromToday(-11) });
    expect(before.status).toBe(400);
    expect(fieldPaths(before.body)).toEqual(['body.reviewOn']);

    const far = await raise(practitioner, familyId, {
      raisedOn: dayFromToday(-1),
      reviewOn: addMonths(dayFromToday(-1), 25),
    });
    expect(far.status).toBe(400);
    expect(fieldPaths(far.body)).toEqual(['body.reviewOn']);

    // A flag recorded late can already be due for review: allowed, and shown overdue.
    const late = await raise(practitioner, familyId, { raisedOn: dayFromToday(-40), reviewOn: dayFromToday(-5) });
    expect(late.status).toBe(201);
    expect(late.body.overdue).toBe(true);
    const sameDay = await raise(practitioner, familyId, { reviewOn: todayInLondon() });
    expect(sameDay.status).toBe(201);
    expect(sameDay.body.overdue).toBe(false);
  });

  it('lets only practitioners and managers raise flags', async () => {
    const byCoordinator = await raise(coordinator, familyId, {});
    expect(byCoordinator.status).toBe(403);
    expect((await raise(viewer, familyId, {})).status).toBe(403);
    expect((await raise(manager, familyId, { type: 'substance-use' })).status).toBe(201);
  });

  it('refuses a discharged family', async () => {
    const id = await newFamily(h, coordinator);
    const open = await raise(practitioner, id, {});
    await ownerRows(h, sql`update families set status = 'discharged' where id = ${id}`);
    const res = await raise(practitioner, id, {});
    expect(res.status).toBe(412);
    const review = await practitioner.patch(`/api/risks/${open.body.id}`, { version: 1, level: 'low' });
    expect(review.status).toBe(412);
    // The record stays readable.
    const read = await list(practitioner, id);
    expect(read.status).toBe(200);
    expect(read.body.risks.map((r) => r.id)).toEqual([open.body.id]);
  });
});

describe('the list', () => {
  it('puts active flags first by level then review date, then closed ones, and marks overdue reviews', async () => {
    const id = await newFamily(h, coordinator);
    const low = await raise(practitioner, id, { level: 'low', reviewOn: dayFromToday(10) });
    const highLater = await raise(practitioner, id, { level: 'high', reviewOn: dayFromToday(30) });
    const overdue = await raise(practitioner, id, {
      level: 'medium',
      raisedOn: dayFromToday(-30),
      reviewOn: dayFromToday(-5),
    });
    const highSooner = await raise(practitioner, id, { level: 'high', reviewOn: dayFromToday(5) });
    const closed = await raise(practitioner, id, {
      level: 'high',
      raisedOn: dayFromToday(-60),
      reviewOn: dayFromToday(-50),
    });
    expect(
      (await practitioner.post(`/api/risks/${closed.body.id}/close`, { version: 1, reason: 'Moved house' })).status,
    ).toBe(200);

    const res = await list(practitioner, id);
    expect(res.status).toBe(200);
    expect(res.body.risks.map((r) => r.id)).toEqual([
      highSooner.body.id,
      highLater.body.id,
      overdue.body.id,
      low.body.id,
      closed.body.id,
    ]);
    expect(res.body.risks.filter((r) => r.overdue).map((r) => r.id)).toEqual([overdue.body.id]);
    // A closed flag is never overdue, however old its review date.
    expect(res.body.risks.at(-1)).toMatchObject({
      closedOn: todayInLondon(),
      closedReason: 'Moved house',
      overdue: false,
    });

    const reads = (await auditActions(h, demoId)).filter((a) => a.action === 'risks.read' && a.entity_id === id);
    expect(reads).toHaveLength(1);
  });
});

describe('reviewing and closing', () => {
  it('reviews an active flag with its version, and refuses a stale one', async () => {
    const flag = (await raise(practitioner, familyId, { level: 'medium' })).body;
    const res = await practitioner.patch<Flag>(`/api/risks/${flag.id}`, {
      version: 1,
      level: 'high',
      summary: 'Two dogs now',
      reviewOn: dayFromToday(14),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ level: 'high', summary: 'Two dogs now', reviewOn: dayFromToday(14), version: 2 });

    const stale = await manager.patch<Fail>(`/api/risks/${flag.id}`, { version: 1, level: 'low' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');

    const byManager = await manager.patch<Flag>(`/api/risks/${flag.id}`, { version: 2, level: 'low' });
    expect(byManager.status).toBe(200);
    expect(byManager.body).toMatchObject({ level: 'low', summary: 'Two dogs now', version: 3 });
  });

  it('refuses a review date in the past, or a review that changes nothing', async () => {
    const flag = (await raise(practitioner, familyId, {})).body;
    const past = await practitioner.patch(`/api/risks/${flag.id}`, { version: 1, reviewOn: dayFromToday(-1) });
    expect(past.status).toBe(400);
    expect(fieldPaths(past.body)).toEqual(['body.reviewOn']);
    const nothing = await practitioner.patch(`/api/risks/${flag.id}`, { version: 1 });
    expect(nothing.status).toBe(400);
    const noVersion = await practitioner.patch(`/api/risks/${flag.id}`, { level: 'low' });
    expect(fieldPaths(noVersion.body)).toEqual(['body.version']);
  });

  it('closes a flag with a reason, dated no earlier than it was raised; a closed flag cannot change', async () => {
    const flag = (await raise(practitioner, familyId, { raisedOn: dayFromToday(-20), reviewOn: dayFromToday(10) }))
      .body;
    const early = await practitioner.post(`/api/risks/${flag.id}/close`, {
      version: 1,
      reason: 'Resolved',
      closedOn: dayFromToday(-21),
    });
    expect(early.status).toBe(400);
    expect(fieldPaths(early.body)).toEqual(['body.closedOn']);
    const future = await practitioner.post(`/api/risks/${flag.id}/close`, {
      version: 1,
      reason: 'Resolved',
      closedOn: dayFromToday(1),
    });
    expect(fieldPaths(future.body)).toEqual(['body.closedOn']);
    const noReason = await practitioner.post(`/api/risks/${flag.id}/close`, { version: 1, reason: '' });
    expect(fieldPaths(noReason.body)).toEqual(['body.reason']);
    const stale = await practitioner.post(`/api/risks/${flag.id}/close`, { version: 2, reason: 'Resolved' });
    expect(stale.status).toBe(409);

    const res = await practitioner.post<Flag>(`/api/risks/${flag.id}/close`, {
      version: 1,
      reason: 'Resolved',
      closedOn: dayFromToday(-1),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      closedOn: dayFromToday(-1),
      closedReason: 'Resolved',
      version: 2,
      overdue: false,
    });

    expect((await practitioner.patch(`/api/risks/${flag.id}`, { version: 2, level: 'low' })).status).toBe(412);
    expect((await practitioner.post(`/api/risks/${flag.id}/close`, { version: 2, reason: 'Again' })).status).toBe(412);
  });

  it('answers 404 for a flag that does not exist', async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    expect((await practitioner.patch(`/api/risks/${missing}`, { version: 1, level: 'low' })).status).toBe(404);
    expect((await practitioner.post(`/api/risks/${missing}/close`, { version: 1, reason: 'x' })).status).toBe(404);
  });
});

describe('who sees what', () => {
  it('shows a lone-working flag to a coordinator, who may not raise, review or close it', async () => {
    const id = await newFamily(h, coordinator);
    const flag = (await raise(practitioner, id, {})).body;
    const seen = await list(coordinator, id);
    expect(seen.status).toBe(200);
    expect(seen.body.risks.map((r) => r.id)).toEqual([flag.id]);
    expect((await coordinator.patch(`/api/risks/${flag.id}`, { version: 1, level: 'low' })).status).toBe(403);
    expect((await coordinator.post(`/api/risks/${flag.id}/close`, { version: 1, reason: 'x' })).status).toBe(403);
  });

  it('keeps safeguarding flags to the allocated practitioners and managers', async () => {
    const id = await newFamily(h, coordinator);
    const lone = (await raise(practitioner, id, {})).body;
    const safeguarding = await raise(practitioner, id, { type: 'safeguarding', level: 'high', summary: 'Section 47' });
    expect(safeguarding.status).toBe(201);
    const sgId = safeguarding.body.id;

    expect((await list(practitioner, id)).body.risks.map((r) => r.id)).toEqual([sgId, lone.id]);
    expect((await list(manager, id)).body.risks.map((r) => r.id)).toEqual([sgId, lone.id]);
    // For a coordinator it does not exist: not listed, and not found by its id.
    expect((await list(coordinator, id)).body.risks.map((r) => r.id)).toEqual([lone.id]);
    expect((await coordinator.patch(`/api/risks/${sgId}`, { version: 1, level: 'low' })).status).toBe(404);
    expect((await coordinator.post(`/api/risks/${sgId}/close`, { version: 1, reason: 'x' })).status).toBe(404);
    expect((await raise(coordinator, id, { type: 'safeguarding' })).status).toBe(403);

    // A practitioner not allocated to the family cannot open it at all...
    expect((await list(colleague, id)).status).toBe(404);
    expect((await raise(colleague, id, {})).status).toBe(404);
    expect((await colleague.patch(`/api/risks/${lone.id}`, { version: 1, level: 'low' })).status).toBe(404);

    // ...and when the service shares caseloads, sees the family but still not its safeguarding flag.
    await setTeamCaseloads(true);
    try {
      expect((await list(colleague, id)).body.risks.map((r) => r.id)).toEqual([lone.id]);
      expect((await colleague.patch(`/api/risks/${sgId}`, { version: 1, level: 'low' })).status).toBe(404);
      expect((await colleague.post(`/api/risks/${sgId}/close`, { version: 1, reason: 'x' })).status).toBe(404);
      const refused = await raise(colleague, id, { type: 'safeguarding' });
      expect(refused.status).toBe(403);
      const allowed = await raise(colleague, id, { type: 'domestic-abuse' });
      expect(allowed.status).toBe(201);
      expect(allowed.body.raisedBy?.name).toBe('Cole Colleague');
    } finally {
      await setTeamCaseloads(false);
    }
    // The manager can still review and close it.
    const reviewed = await manager.patch<Flag>(`/api/risks/${sgId}`, { version: 1, level: 'medium' });
    expect(reviewed.status).toBe(200);
    expect((await manager.post(`/api/risks/${sgId}/close`, { version: 2, reason: 'Plan ended' })).status).toBe(200);
  });

  it('refuses viewers', async () => {
    const flag = (await raise(practitioner, familyId, {})).body;
    expect((await list(viewer, familyId)).status).toBe(403);
    expect((await viewer.patch(`/api/risks/${flag.id}`, { version: 1, level: 'low' })).status).toBe(403);
    expect((await viewer.post(`/api/risks/${flag.id}/close`, { version: 1, reason: 'x' })).status).toBe(403);
  });

  it("answers 404 for another service's family and flags", async () => {
    const flag = (await raise(practitioner, familyId, {})).body;
    expect((await list(otherPrac, familyId)).status).toBe(404);
    expect((await raise(otherPrac, familyId, {})).status).toBe(404);
    expect((await otherPrac.patch(`/api/risks/${flag.id}`, { version: 1, level: 'low' })).status).toBe(404);
    expect((await otherPrac.post(`/api/risks/${flag.id}/close`, { version: 1, reason: 'x' })).status).toBe(404);
    // Untouched.
    expect((await list(practitioner, familyId)).body.risks.find((r) => r.id === flag.id)?.version).toBe(1);
  });
});

describe('audit', () => {
  it('records raising, reviewing and closing with the family and codes, never the summary', async () => {
    const summary = 'Partner threatened staff at the door';
    const flag = (await raise(practitioner, familyId, { type: 'domestic-abuse', level: 'high', summary })).body;
    await practitioner.patch(`/api/risks/${flag.id}`, { version: 1, summary: `${summary} again` });
    await practitioner.post(`/api/risks/${flag.id}/close`, { version: 2, reason: 'Partner left the home' });

    const raised = (await auditRows('risk.raised')).find((r) => r.entity_id === flag.id);
    expect(raised).toMatchObject({
      entity_type: 'risk',
      details: { familyId, type: 'domestic-abuse', level: 'high' },
    });
    const reviewed = (await auditRows('risk.reviewed')).find((r) => r.entity_id === flag.id);
    expect(reviewed?.details).toMatchObject({ familyId, changed: ['summary'] });
    const closed = (await auditRows('risk.closed')).find((r) => r.entity_id === flag.id);
    expect(closed?.details).toMatchObject({ familyId });
    for (const row of [raised, reviewed, closed]) {
      expect(JSON.stringify(row?.details)).not.toMatch(/threatened|Partner/);
    }
    const reads = await auditRows('risks.read');
    expect(reads.every((r) => r.entity_type === 'family' && r.details.familyId === r.entity_id)).toBe(true);
  });
});

describe('helpers for the banner and the caseload', () => {
  it('lists the active flags a caller may see, and counts overdue reviews per family', async () => {
    const a = await newFamily(h, coordinator);
    const b = await newFamily(h, coordinator);
    const empty = await newFamily(h, coordinator);
    const overdueSg = (
      await raise(practitioner, a, {
        type: 'safeguarding',
        level: 'high',
        raisedOn: dayFromToday(-30),
        reviewOn: dayFromToday(-1),
      })
    ).body;
    const overdueLone = (
      await raise(practitioner, a, { level: 'low', raisedOn: dayFromToday(-30), reviewOn: dayFromToday(-2) })
    ).body;
    const current = (await raise(practitioner, a, { level: 'medium', reviewOn: dayFromToday(3) })).body;
    const closed = (
      await raise(practitioner, a, { level: 'high', raisedOn: dayFromToday(-30), reviewOn: dayFromToday(-3) })
    ).body;
    await practitioner.post(`/api/risks/${closed.id}/close`, { version: 1, reason: 'Done' });
    await raise(practitioner, b, { level: 'high', raisedOn: dayFromToday(-30), reviewOn: dayFromToday(-10) });

    const base = systemCtx(h.database.db, h.config, demoId);
    const asManager = { ...base, role: 'manager' as const };
    const asCoordinator = { ...base, role: 'coordinator' as const };
    const result = await inScope(h.database.db, { serviceId: demoId, userId: null }, async (tx) => ({
      manager: await visibleActiveFlags(tx, await openFamily(tx, asManager, a)),
      coordinator: await visibleActiveFlags(tx, await openFamily(tx, asCoordinator, a)),
      all: await overdueReviewCounts(tx, demoId, [a, b, empty], true),
      open: await overdueReviewCounts(tx, demoId, [a, b, empty], false),
      none: await overdueReviewCounts(tx, demoId, [], true),
    }));

    expect(result.manager).toEqual([
      { id: overdueSg.id, type: 'safeguarding', level: 'high', reviewOn: dayFromToday(-1), overdue: true },
      { id: current.id, type: 'lone-working', level: 'medium', reviewOn: dayFromToday(3), overdue: false },
      { id: overdueLone.id, type: 'lone-working', level: 'low', reviewOn: dayFromToday(-2), overdue: true },
    ]);
    expect(result.coordinator.map((f) => f.id)).toEqual([current.id, overdueLone.id]);
    expect(Object.fromEntries(result.all)).toEqual({ [a]: 2, [b]: 1, [empty]: 0 });
    expect(Object.fromEntries(result.open)).toEqual({ [a]: 1, [b]: 1, [empty]: 0 });
    expect(result.none.size).toBe(0);
  });
});
