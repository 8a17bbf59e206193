import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/harness';

let h: Harness;
beforeAll(async () => {
  // A route that fails the way a bug would, to see what the client is told.
  h = await startHarness({}, (app) =>
    app.get('/api/test/boom', () => {
      throw new Error('secret internal detail: relation "users" does not exist');
    }),
  );
});
afterAll(() => h.close());

describe('HTTP edge', () => {
  it('reports health with the engine in use', async () => {
    const res = await h.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as string,
    });
  });

  it('publishes an OpenAPI 3.1 document describing every API route', async () => {
    const res = await h.client().get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(res.body.openapi).toBe('3.1.0');
    const routes = h.app.printRoutes({ commonPrefix: false });
    for (const path of ['/api/health', '/api/auth/sign-in', '/api/admin/members', '/api/admin/members/{id}']) {
      expect(Object.keys(res.body.paths)).toContain(path);
    }
    expect(routes).toContain('/api/admin/settings');
  });

  it('sends security headers: a CSP without inline scripts, no framing, no sniffing', async () => {
    const res = await h.client().get('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers unknown API paths with the error shape', async () => {
    const res = await h.client().get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      code: 'NOT_FOUND',
      message: expect.any(String) as string,
      requestId: expect.any(String) as string,
    });
  });

  it('answers an unexpected failure with 500 and a request id, never the internal message', async () => {
    const res = await h.client().get('/api/test/boom');
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('INTERNAL');
    expect(JSON.stringify(res.body)).not.toMatch(/relation|secret/);
    expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses bodies over the size limit and bodies that are not JSON', async () => {
    const big = await h.client().post('/api/auth/sign-in', { email: 'a@b.co', password: 'x'.repeat(300 * 1024) });
    expect(big.status).toBe(400);
    expect(big.body.message).toMatch(/too large/);
    const form = await h.client().request('POST', '/api/auth/sign-in', undefined, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    expect(form.body.code).toBe('VALIDATION');
    const broken = await fetch(`${h.baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(broken.status).toBe(400);
  });
});
