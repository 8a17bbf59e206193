import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditActions,
  enter,
  serviceId,
  startHarness,
  withDemo,
  type Client,
  type Harness,
} from '../../../../test/harness';
import { professionalReferral, selfReferral } from '../../../../test/referral-fixtures';

type Item = {
  id: string;
  reference: string;
  eligibility: string;
  possibleDuplicates: number;
  status: string;
  daysWaiting: number;
};
type Detail = Item & {
  version: number;
  history: { kind: string; by: string; note: string | null }[];
  familyId: string | null;
  duplicates: { kind: string; id: string }[];
};

let h: Harness;
let coordinator: Client;
let demoId = '';
beforeAll(async () => {
  h = await startHarness({ HAVEN_PUBLIC_RATE_LIMIT: '1000' });
  await withDemo(h);
  demoId = await serviceId(h, 'demo');
  coordinator = await h.signedIn('coordinator@demo.haven.test', 'demo-coordinator-password');
});
afterAll(() => h.close());

const refer = async (body: unknown, slug = 'demo') =>
  (await h.client().post<{ reference: string }>(`/api/public/services/${slug}/referrals`, body)).body.reference;
const queue = async (c: Client, query = '') =>
  (await c.get<{ referrals: Item[] }>(`/api/referrals${query}`)).body.referrals;
const find = async (reference: string) => {
  const item = (await queue(coordinator, '?status=new')).find((r) => r.reference === reference);
  if (!item) throw new Error(`${reference} not in queue`);
  return (await coordinator.get<Detail>(`/api/referrals/${item.id}`)).body;
};

describe('triage queue', () => {
  it('lists new referrals oldest first, with eligibility and duplicate flags', async () => {
    const first = await refer(selfReferral());
    const second = await refer(professionalReferral());
    const list = await queue(coordinator);
    const refs = list.map((r) => r.reference);
    expect(refs.indexOf(first)).toBeLessThan(refs.indexOf(second));
    expect(list.find((r) => r.reference === first)).toMatchObject({
      eligibility: 'eligible',
      daysWaiting: 0,
      status: 'new',
    });
    // Demo referrals arrived days ago, so they come before today's.
    expect(list[0]?.daysWaiting).toBeGreaterThan(0);
  });

  it('filters by source and by flag', async () => {
    await refer(professionalReferral());
    const hv = await queue(coordinator, '?source=health-visitor');
    expect(hv.length).toBeGreaterThan(0);
    expect((await queue(coordinator, '?flagged=true')).every((r) => r.possibleDuplicates > 0)).toBe(true);
    expect((await queue(coordinator, '?source=self')).every((r) => r.reference !== hv[0]?.reference)).toBe(true);
  });

  it('audits opening a referral', async () => {
    const detail = await find(await refer(selfReferral()));
    expect(detail.history.map((e) => e.kind)).toEqual(['received']);
    expect(detail.history[0]?.by).toBe('The person referring');
    const reads = (await auditActions(h, demoId)).filter(
      (a) => a.action === 'referral.read' && a.entity_id === detail.id,
    );
    expect(reads).toHaveLength(1);
  });
});

describe('decisions', () => {
  it('accepts onto the waiting list, with who and why in the history', async () => {
    const detail = await find(await refer(selfReferral()));
    const res = await coordinator.post<{ status: string; familyId: string }>(`/api/referrals/${detail.id}/decision`, {
      decision: 'accept',
      version: detail.version,
      priority: 'priority',
      note: 'Low mood, early bonding worries',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('accepted');
    const after = (await coordinator.get<Detail>(`/api/referrals/${detail.id}`)).body;
    expect(after.history.at(-1)).toMatchObject({
      kind: 'accepted',
      by: 'Cal Coordinator',
      note: 'Low mood, early bonding worries',
    });
    const waiting = (
      await coordinator.get<{ families: { id: string; priority: string; waitBand: string }[] }>('/api/waiting-list')
    ).body;
    expect(waiting.families.find((f) => f.id === res.body.familyId)).toMatchObject({
      priority: 'priority',
      waitBand: 'within',
    });
    const actions = (await auditActions(h, demoId)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['family.created', 'referral.accepted']));
  });

  it('declines with one of the service reason codes, and refuses an unknown code', async () => {
    const detail = await find(await refer(selfReferral()));
    const bad = await coordinator.post(`/api/referrals/${detail.id}/decision`, {
      decision: 'decline',
      version: detail.version,
      reasonCode: 'made-up',
    });
    expect(bad.status).toBe(400);
    const ok = await coordinator.post(`/api/referrals/${detail.id}/decision`, {
      decision: 'decline',
      version: detail.version,
      reasonCode: 'outside-area',
    });
    expect(ok.body.status).toBe('declined');
  });

  it('signposts and asks for more information', async () => {
    const a = await find(await refer(selfReferral()));
    expect(
      (
        await coordinator.post(`/api/referrals/${a.id}/decision`, {
          decision: 'signpost',
          version: a.version,
          signpostTo: 'Samaritans',
        })
      ).body.status,
    ).toBe('signposted');
    const b = await find(await refer(selfReferral()));
    const info = await coordinator.post<{ version: number }>(`/api/referrals/${b.id}/decision`, {
      decision: 'request-info',
      version: b.version,
      note: 'Need GP details',
    });
    expect(info.body).toMatchObject({ status: 'info-requested' });
    // Still open, so it can be decided afterwards.
    expect(
      (await coordinator.post(`/api/referrals/${b.id}/decision`, { decision: 'accept', version: info.body.version }))
        .status,
    ).toBe(200);
  });

  it('lets one of two simultaneous decisions win and tells the other', async () => {
    const detail = await find(await refer(selfReferral()));
    const manager = await h.signedIn('manager@demo.haven.test', 'demo-manager-password');
    const [a, b] = await Promise.all([
      coordinator.post(`/api/referrals/${detail.id}/decision`, { decision: 'accept', version: detail.version }),
      manager.post(`/api/referrals/${detail.id}/decision`, {
        decision: 'decline',
        version: detail.version,
        reasonCode: 'other',
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const after = (await coordinator.get<Detail>(`/api/referrals/${detail.id}`)).body;
    expect(after.history.filter((e) => e.kind !== 'received')).toHaveLength(1);
  });

  it('merges a flagged duplicate into the open referral it repeats', async () => {
    const original = await find(
      await refer(
        professionalReferral({ parents: [{ name: 'Mo Twice', relationship: 'mother', nhsNumber: '9990000018' }] }),
      ),
    );
    const dup = await find(
      await refer(
        professionalReferral({ parents: [{ name: 'Mo Twice', relationship: 'mother', nhsNumber: '9990000018' }] }),
      ),
    );
    expect(dup.duplicates).toEqual([expect.objectContaining({ kind: 'referral', id: original.id })]);
    const res = await coordinator.post(`/api/referrals/${dup.id}/merge`, {
      version: dup.version,
      into: { kind: 'referral', id: original.id },
    });
    expect(res.status).toBe(200);
    const target = (await coordinator.get<Detail>(`/api/referrals/${original.id}`)).body;
    expect(target.history.map((e) => e.kind)).toContain('merged-in');
  });
});

describe('allocation and caseload', () => {
  it('allocates a waiting family; it leaves the list and appears on the caseload', async () => {
    const detail = await find(
      await refer(selfReferral({ parents: [{ name: 'Alloc Parent', relationship: 'mother' }] })),
    );
    const accepted = await coordinator.post<{ familyId: string }>(`/api/referrals/${detail.id}/decision`, {
      decision: 'accept',
      version: detail.version,
    });
    const manager = await h.signedIn('manager@demo.haven.test', 'demo-manager-password');
    const people = (await manager.get<{ people: { id: string; name: string }[] }>('/api/allocatable')).body.people;
    const priya = people.find((p) => p.name === 'Priya Practitioner');
    if (!priya) throw new Error('no practitioner');
    const waiting = (await manager.get<{ families: { id: string; version: number }[] }>('/api/waiting-list')).body
      .families;
    const family = waiting.find((f) => f.id === accepted.body.familyId);
    if (!family) throw new Error('family not waiting');
    const res = await manager.post<{ status: string; practitioner: { name: string } }>(
      `/api/families/${family.id}/allocation`,
      {
        version: family.version,
        practitionerId: priya.id,
      },
    );
    expect(res.body).toMatchObject({ status: 'allocated', practitioner: { name: 'Priya Practitioner' } });
    const stale = await manager.post(`/api/families/${family.id}/allocation`, {
      version: family.version,
      practitionerId: priya.id,
    });
    expect(stale.status).toBe(409);
    const after = (await manager.get<{ families: { id: string }[] }>('/api/waiting-list')).body.families;
    expect(after.map((f) => f.id)).not.toContain(family.id);
    const prac = await h.signedIn('practitioner@demo.haven.test', 'demo-practitioner-password');
    const caseload = (await prac.get<{ families: { id: string; name: string }[] }>('/api/caseload')).body.families;
    expect(caseload.find((f) => f.id === family.id)?.name).toMatch(/Alloc Parent/);
    expect((await auditActions(h, demoId)).map((a) => a.action)).toContain('family.allocated');
  });
});

describe('access', () => {
  it('refuses triage to practitioners, viewers and trainers', async () => {
    const detail = await find(await refer(selfReferral()));
    for (const [email, password] of [
      ['practitioner@demo.haven.test', 'demo-practitioner-password'],
      ['viewer@demo.haven.test', 'demo-viewer-password'],
      ['trainer@demo.haven.test', 'demo-trainer-password'],
    ] as const) {
      const c = await h.signedIn(email, password);
      const answers = await Promise.all([
        c.get('/api/referrals'),
        c.get(`/api/referrals/${detail.id}`),
        c.post(`/api/referrals/${detail.id}/decision`, { decision: 'accept', version: detail.version }),
        c.post(`/api/referrals/${detail.id}/merge`, {
          version: detail.version,
          into: { kind: 'referral', id: detail.id },
        }),
        c.get('/api/waiting-list'),
        c.get('/api/admin/referral-settings'),
      ]);
      expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403, 403, 403]);
    }
  });

  it('keeps caseloads to those who hold one, and allocation to triage roles', async () => {
    const viewer = await h.signedIn('viewer@demo.haven.test', 'demo-viewer-password');
    expect((await viewer.get('/api/caseload')).status).toBe(403);
    expect((await coordinator.get('/api/caseload')).status).toBe(403);
    const prac = await h.signedIn('practitioner@demo.haven.test', 'demo-practitioner-password');
    expect((await prac.get('/api/allocatable')).status).toBe(403);
    const anyFamily = '01a208df-d8f9-7498-bdfe-4ce4d6746122';
    expect(
      (await prac.post(`/api/families/${anyFamily}/allocation`, { version: 1, practitionerId: anyFamily })).status,
    ).toBe(403);
    expect((await h.client().get('/api/waiting-list')).status).toBe(401);
  });

  it("answers 404 for another service's referrals and families, and changes nothing", async () => {
    const theirs = await refer(selfReferral(), 'other');
    const otherAdmin = await h.signedIn('admin@other.test', 'other-admin-password');
    const item = (await queue(otherAdmin)).find((r) => r.reference === theirs);
    if (!item) throw new Error('missing');
    const detail = (await otherAdmin.get<Detail>(`/api/referrals/${item.id}`)).body;
    expect((await coordinator.get(`/api/referrals/${item.id}`)).status).toBe(404);
    expect(
      (await coordinator.post(`/api/referrals/${item.id}/decision`, { decision: 'accept', version: detail.version }))
        .status,
    ).toBe(404);
    expect(
      (
        await coordinator.post(`/api/referrals/${item.id}/merge`, {
          version: detail.version,
          into: { kind: 'referral', id: item.id },
        })
      ).status,
    ).toBe(404);
    const accepted = await otherAdmin.post<{ familyId: string }>(`/api/referrals/${item.id}/decision`, {
      decision: 'accept',
      version: detail.version,
    });
    const manager = await h.signedIn('manager@demo.haven.test', 'demo-manager-password');
    const priya = (await manager.get<{ people: { id: string }[] }>('/api/allocatable')).body.people[0];
    const res = await manager.post(`/api/families/${accepted.body.familyId}/allocation`, {
      version: 1,
      practitionerId: priya?.id,
    });
    expect(res.status).toBe(404);
    expect((await queue(coordinator)).map((r) => r.reference)).not.toContain(theirs);
  });
});

describe('triage options', () => {
  it('give coordinators the decline reasons and signposts, and nobody outside triage', async () => {
    const res = await coordinator.get<{
      declineReasons: { code: string }[];
      signposts: unknown[];
      targetWaitWeeks: number;
    }>('/api/referral-options');
    expect(res.body.declineReasons.map((r) => r.code)).toContain('outside-area');
    expect(res.body.targetWaitWeeks).toBe(18);
    const prac = await h.signedIn('practitioner@demo.haven.test', 'demo-practitioner-password');
    expect((await prac.get('/api/referral-options')).status).toBe(403);
  });
});

describe('referral settings', () => {
  it('are edited by the admin and shape the public form and eligibility', async () => {
    const admin = await h.signedIn('admin@demo.haven.test', 'demo-admin-password');
    await enter(admin, 'demo');
    const current = (await admin.get<Record<string, unknown> & { version: number }>('/api/admin/referral-settings'))
      .body;
    expect(current).toMatchObject({ ageLimitMonths: 24, targetWaitWeeks: 18 });
    const res = await admin.request('PUT', '/api/admin/referral-settings', {
      ...current,
      postcodeAreas: ['ox4'],
      urgentHelpText: 'Call 999. Then call us on 01865 000000.',
      referralSources: ['health-visitor', 'gp'],
    });
    expect(res.status).toBe(200);
    const pub = (
      await h.client().get<{ urgentHelpText: string; referralSources: string[] }>('/api/public/services/demo')
    ).body;
    expect(pub.urgentHelpText).toMatch(/01865/);
    expect(pub.referralSources).toEqual(['health-visitor', 'gp']);
    const outside = await h
      .client()
      .post<{ eligibility: string }>('/api/public/services/demo/referrals', selfReferral({ postcode: 'RG1 1AA' }));
    expect(outside.body.eligibility).toBe('ineligible');
    const stale = await admin.request('PUT', '/api/admin/referral-settings', current);
    expect(stale.status).toBe(409);
    const invalid = await admin.request('PUT', '/api/admin/referral-settings', { ...current, targetWaitWeeks: 0 });
    expect(invalid.status).toBe(400);
  });

  it('are versioned apart from the sign-in rule, so the two forms never conflict', async () => {
    const admin = await h.signedIn('admin@demo.haven.test', 'demo-admin-password');
    await enter(admin, 'demo');
    const rule = (await admin.get<{ version: number }>('/api/admin/settings')).body;
    const referral = (await admin.get<Record<string, unknown> & { version: number }>('/api/admin/referral-settings'))
      .body;
    expect(
      (await admin.request('PUT', '/api/admin/referral-settings', { ...referral, targetWaitWeeks: 20 })).status,
    ).toBe(200);
    expect((await admin.patch('/api/admin/settings', { version: rule.version, requireTwoFactor: false })).status).toBe(
      200,
    );
  });
});
