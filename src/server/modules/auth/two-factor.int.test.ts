import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, startHarness, withDemo, type Harness } from '../../../../test/harness';
import { PLATFORM_SCOPE } from '../../platform/db';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await withDemo(h);
});
afterAll(() => h.close());

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

describe('two-factor sign-in', () => {
  let secret = '';

  it('enrols with a QR code and a confirming code', async () => {
    const c = await h.signedIn('manager@demo.haven.test', 'demo-manager-password');
    const start = await c.post<{ secret: string; uri: string; qrCode: string }>('/api/account/two-factor/enrolment');
    expect(start.status).toBe(200);
    expect(start.body.uri).toMatch(/^otpauth:\/\/totp\/Haven:manager%40demo\.haven\.test\?/);
    expect(start.body.qrCode).toMatch(/^data:image\/png;base64,/);
    secret = start.body.secret;
    const wrong = await c.post('/api/account/two-factor/confirmation', {
      code: '000000' === codeAt(secret) ? '111111' : '000000',
    });
    expect(wrong.status).toBe(400);
    const ok = await c.post('/api/account/two-factor/confirmation', { code: codeAt(secret) });
    expect(ok.status).toBe(200);
    expect((await c.session()).body.twoFactorEnrolled).toBe(true);
    expect((await auditActions(h, PLATFORM_SCOPE)).map((a) => a.action)).toContain('user.two-factor-enabled');
  });

  it('then asks for a code at sign-in, and the session can do nothing until it is given', async () => {
    const c = h.client();
    const res = await c.post('/api/auth/sign-in', {
      email: 'manager@demo.haven.test',
      password: 'demo-manager-password',
    });
    expect(res.body).toEqual({ twoFactorRequired: true });
    const pending = await c.session();
    expect(pending.body.twoFactorPending).toBe(true);
    expect(pending.body.services).toEqual([]);
    expect((await c.post('/api/auth/service', { serviceId: '01a208df-d8f9-7498-bdfe-4ce4d6746122' })).status).toBe(401);
    expect((await c.post('/api/auth/two-factor', { code: 'abcdef' })).status).toBe(400);
    // The code from enrolment's time step was used up; the next step's code is accepted once.
    const next = codeAt(secret, 1);
    expect((await c.post('/api/auth/two-factor', { code: next })).status).toBe(200);
    expect((await c.session()).body.twoFactorPending).toBe(false);
    const replay = h.client();
    await replay.post('/api/auth/sign-in', { email: 'manager@demo.haven.test', password: 'demo-manager-password' });
    await replay.session();
    expect((await replay.post('/api/auth/two-factor', { code: next })).status).toBe(400);
  });
});
