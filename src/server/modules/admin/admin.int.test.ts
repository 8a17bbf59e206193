import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, enter, startHarness, withDemo, type Client, type Harness } from '../../../../test/harness';

type Member = { id: string; email: string; role: string; active: boolean; version: number; invitationPending: boolean };

let h: Harness;
let admin: Client;
let demoId = '';
let otherId = '';
beforeAll(async () => {
  h = await startHarness();
  ({ otherId } = await withDemo(h));
  admin = await h.signedIn('admin@demo.haven.test', 'demo-admin-password');
  demoId = await enter(admin, 'demo');
});
afterAll(() => h.close());

const members = async (c: Client) => (await c.get<{ members: Member[] }>('/api/admin/members')).body.members;

describe('service admin: members', () => {
  it('lists the members of the chosen service only', async () => {
    const list = await members(admin);
    expect(list.map((m) => m.email)).toContain('practitioner@demo.haven.test');
    expect(list.map((m) => m.email)).not.toContain('admin@other.test');
  });

  it('invites a new person, who sets a password through the single-use link and signs in', async () => {
    const res = await admin.post<{ member: Member; invitePath: string }>('/api/admin/members', {
      email: 'New.Person@Example.org',
      displayName: 'New Person',
      role: 'practitioner',
    });
    expect(res.status).toBe(201);
    expect(res.body.member).toMatchObject({
      email: 'new.person@example.org',
      role: 'practitioner',
      invitationPending: true,
    });
    const path = res.body.invitePath;
    expect(path).toMatch(/^\/invite\/[\w-]{40,}$/);
    const token = path.split('/').pop() ?? '';
    const visitor = h.client();
    expect((await visitor.get(`/api/invites/${token}`)).body).toEqual({
      email: 'new.person@example.org',
      displayName: 'New Person',
    });
    expect((await visitor.post(`/api/invites/${token}`, { password: 'short' })).status).toBe(400);
    expect((await visitor.post(`/api/invites/${token}`, { password: 'a-long-enough-password' })).status).toBe(200);
    expect((await visitor.post(`/api/invites/${token}`, { password: 'another-long-password' })).status).toBe(404);
    const signed = await h.signedIn('new.person@example.org', 'a-long-enough-password');
    expect((await signed.session()).body.service?.role).toBe('practitioner');
    const actions = (await auditActions(h, demoId)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['user.created', 'user.invited', 'membership.created']));
  });

  it('adds someone who already has an account without an invitation', async () => {
    const res = await admin.post<{ member: Member; invitePath: string | null }>('/api/admin/members', {
      email: 'prac@other.test',
      displayName: 'Ignored Name',
      role: 'coordinator',
    });
    expect(res.status).toBe(201);
    expect(res.body.invitePath).toBeNull();
    const again = await admin.post('/api/admin/members', {
      email: 'prac@other.test',
      displayName: 'X',
      role: 'viewer',
    });
    expect(again.status).toBe(409);
  });

  it('changes a role and deactivates, refusing a stale version with a conflict', async () => {
    const target = (await members(admin)).find((m) => m.email === 'coordinator@demo.haven.test');
    if (!target) throw new Error('coordinator missing');
    const changed = await admin.patch<Member>(`/api/admin/members/${target.id}`, {
      version: target.version,
      role: 'manager',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ role: 'manager', version: target.version + 1 });
    const stale = await admin.patch(`/api/admin/members/${target.id}`, { version: target.version, active: false });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    const off = await admin.patch<Member>(`/api/admin/members/${target.id}`, {
      version: changed.body.version,
      active: false,
    });
    expect(off.body.active).toBe(false);
    const audit = await auditActions(h, demoId);
    expect(audit.filter((a) => a.action === 'membership.updated' && a.entity_id === target.id)).toHaveLength(2);
  });

  it('takes a deactivated member out of the service at once', async () => {
    const c = await h.signedIn('viewer@demo.haven.test', 'demo-viewer-password');
    const target = (await members(admin)).find((m) => m.email === 'viewer@demo.haven.test');
    if (!target) throw new Error('viewer missing');
    await admin.patch(`/api/admin/members/${target.id}`, { version: target.version, active: false });
    const s = await c.session();
    expect(s.body.service).toBeNull();
    expect(s.body.services).toEqual([]);
  });

  it('never removes the last active admin', async () => {
    const me = (await members(admin)).find((m) => m.email === 'admin@demo.haven.test');
    if (!me) throw new Error('admin missing');
    const res = await admin.patch(`/api/admin/members/${me.id}`, { version: me.version, role: 'manager' });
    expect(res.status).toBe(412);
  });

  it("answers 404 for another service's member, and changes nothing there", async () => {
    const otherAdmin = await h.signedIn('admin@other.test', 'other-admin-password');
    const theirs = (await members(otherAdmin)).find((m) => m.email === 'prac@other.test');
    if (!theirs) throw new Error('missing');
    const res = await admin.patch(`/api/admin/members/${theirs.id}`, { version: theirs.version, role: 'viewer' });
    expect(res.status).toBe(404);
    expect((await members(otherAdmin)).find((m) => m.id === theirs.id)?.role).toBe('practitioner');
    expect((await auditActions(h, otherId)).filter((a) => a.action === 'membership.updated')).toHaveLength(0);
  });

  it('refuses every admin route to the other roles', async () => {
    const prac = await h.signedIn('practitioner@demo.haven.test', 'demo-practitioner-password');
    const anyId = (await members(admin))[0]?.id ?? '';
    const answers = await Promise.all([
      prac.get('/api/admin/members'),
      prac.post('/api/admin/members', { email: 'x@example.org', displayName: 'X', role: 'viewer' }),
      prac.patch(`/api/admin/members/${anyId}`, { version: 1, role: 'admin' }),
      prac.get('/api/admin/settings'),
      prac.patch('/api/admin/settings', { version: 1, requireTwoFactor: true }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403, 403]);
    expect((await h.client().get('/api/admin/members')).status).toBe(401);
  });
});

describe('service admin: two-factor rule', () => {
  it('once required, refuses members without two-factor until they set it up', async () => {
    const before = await admin.get<{ version: number; requireTwoFactor: boolean }>('/api/admin/settings');
    expect(before.body.requireTwoFactor).toBe(false);
    const on = await admin.patch<{ requireTwoFactor: boolean; version: number }>('/api/admin/settings', {
      version: before.body.version,
      requireTwoFactor: true,
    });
    expect(on.body.requireTwoFactor).toBe(true);
    const res = await admin.get('/api/admin/members');
    expect(res.status).toBe(412);
    expect(String(res.body.message)).toMatch(/requires two-factor sign-in/);
    // Setting up two-factor is still allowed, so nobody is locked out.
    expect((await admin.post('/api/account/two-factor/enrolment')).status).toBe(200);
    expect((await auditActions(h, demoId)).map((a) => a.action)).toContain('service.updated');
  });
});
