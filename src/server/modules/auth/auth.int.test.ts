import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_SCOPE } from '../../platform/db';
import { auditActions, enter, startHarness, withDemo, serviceId, type Harness } from '../../../../test/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ HAVEN_SIGNIN_MAX_FAILURES: '3' });
  await withDemo(h);
});
afterAll(() => h.close());

describe('password sign-in', () => {
  it('starts a server-side session in an HttpOnly, SameSite=Lax cookie', async () => {
    const c = h.client();
    const res = await c.post('/api/auth/sign-in', {
      email: 'Practitioner@Demo.Haven.Test ',
      password: 'demo-practitioner-password',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ twoFactorRequired: false });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^haven_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain HTTP in tests; Secure is added over HTTPS
    const s = await c.session();
    expect(s.body.user.email).toBe('practitioner@demo.haven.test');
    expect(s.body.services.map((x) => x.slug)).toEqual(['demo']);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await h
      .client()
      .post('/api/auth/sign-in', { email: 'nobody@demo.haven.test', password: 'whatever-it-is' });
    const wrong = await h
      .client()
      .post('/api/auth/sign-in', { email: 'viewer@demo.haven.test', password: 'not-the-password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(unknown.body.code).toBe('UNAUTHENTICATED');
    expect(Object.keys(unknown.body).sort()).toEqual(Object.keys(wrong.body).sort());
  });

  it('audits sign-ins and failed sign-ins in the platform chain', async () => {
    const actions = (await auditActions(h, PLATFORM_SCOPE)).map((a) => a.action);
    expect(actions).toContain('sign-in');
    expect(actions).toContain('sign-in.failed');
  });

  it('locks an account after repeated failures, even with the right password, and says so', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await h
        .client()
        .post('/api/auth/sign-in', { email: 'trainer@demo.haven.test', password: `wrong-${i}` });
      expect(res.status).toBe(401);
    }
    const locked = await h
      .client()
      .post('/api/auth/sign-in', { email: 'trainer@demo.haven.test', password: 'demo-trainer-password' });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('RATE_LIMITED');
    expect(String(locked.body.message)).toMatch(/Try again in 15 minutes/);
  });

  it('locks unknown emails the same way, so a lock reveals nothing', async () => {
    for (let i = 0; i < 3; i++)
      await h.client().post('/api/auth/sign-in', { email: 'ghost@demo.haven.test', password: `wrong-${i}` });
    const locked = await h
      .client()
      .post('/api/auth/sign-in', { email: 'ghost@demo.haven.test', password: 'anything-else' });
    expect(locked.status).toBe(429);
  });

  it('rejects a malformed body with the field that is wrong', async () => {
    const res = await h.client().post('/api/auth/sign-in', { email: 'not-an-email', password: '' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION');
    const paths = (res.body.fields as { path: string }[]).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password']));
    expect(typeof res.body.requestId).toBe('string');
  });
});

describe('sessions', () => {
  it('refuses a state-changing request that lacks the CSRF token', async () => {
    const c = await h.signedIn('practitioner@demo.haven.test', 'demo-practitioner-password');
    const res = await c.request('POST', '/api/auth/sign-out', {}, { 'x-csrf-token': 'forged' });
    expect(res.status).toBe(403);
    expect((await c.session()).status).toBe(200);
  });

  it('ends the session on the server at sign-out, so a copied cookie stops working', async () => {
    const c = await h.signedIn('practitioner@demo.haven.test', 'demo-practitioner-password');
    const copied = c.cookie;
    expect((await c.post('/api/auth/sign-out')).status).toBe(200);
    const thief = h.client();
    thief.cookie = copied;
    expect((await thief.get('/api/auth/session')).status).toBe(401);
  });

  it('expires a session left idle longer than the idle timeout', async () => {
    const c = await h.signedIn('practitioner@demo.haven.test', 'demo-practitioner-password');
    await h.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes' where ended_at is null`,
    );
    expect((await c.get('/api/auth/session')).status).toBe(401);
  });

  it('expires a session past its absolute lifetime however active it is', async () => {
    const c = await h.signedIn('practitioner@demo.haven.test', 'demo-practitioner-password');
    await h.database.db.execute(
      sql`update sessions set expires_at = now() - interval '1 second' where ended_at is null`,
    );
    expect((await c.get('/api/auth/session')).status).toBe(401);
  });
});

describe('choosing a service', () => {
  it('lets a member of several services pick one, and answers 404 for a service they are not in', async () => {
    const c = await h.signedIn('admin@demo.haven.test', 'demo-admin-password');
    const s = await c.session();
    expect(s.body.services.map((x) => x.slug).sort()).toEqual(['demo', 'demo-north']);
    expect(s.body.service).toBeNull();
    const refused = await c.post('/api/auth/service', { serviceId: await serviceId(h, 'other') });
    expect(refused.status).toBe(404);
    const id = await enter(c, 'demo-north');
    expect((await c.session()).body.service?.id).toBe(id);
  });
});
