// Integration-test harness: a real Haven server on a random port, over real HTTP, on a fresh
// database (PGlite in memory, or a new database on the PostgreSQL server in DATABASE_URL).
import { sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../src/core/roles';
import { buildApp } from '../src/server/app';
import { loadConfig, type Config } from '../src/server/config';
import { seedDemo, systemCtx } from '../src/server/db/seed/demo';
import { addMember } from '../src/server/modules/admin';
import { drainAllInboxes } from '../src/server/modules/referrals';
import { createService } from '../src/server/modules/services';
import { openDatabase, queryRows, type Database } from '../src/server/platform/db';
import { VERSION } from '../src/server/version';
import { freshDatabase } from './fresh-database.mjs';

export type Harness = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  baseUrl: string;
  client: () => Client;
  signedIn: (email: string, password: string) => Promise<Client>;
  close: () => Promise<void>;
};

export type Answer<T = Record<string, unknown>> = { status: number; body: T; headers: Headers };

/** A browser-like HTTP client: keeps the session cookie and sends the CSRF token once known. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(private readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) {
      const pair = set.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T, headers: res.headers };
  }

  get = <T = Record<string, unknown>>(path: string) => this.request<T>('GET', path);
  post = <T = Record<string, unknown>>(path: string, body: unknown = {}) => this.request<T>('POST', path, body);
  patch = <T = Record<string, unknown>>(path: string, body: unknown) => this.request<T>('PATCH', path, body);
  put = <T = Record<string, unknown>>(path: string, body: unknown) => this.request<T>('PUT', path, body);
  delete = <T = Record<string, unknown>>(path: string, body?: unknown) => this.request<T>('DELETE', path, body);

  /** Loads the session (and its CSRF token); answers the session body. */
  async session() {
    const res = await this.get<SessionBody>('/api/auth/session');
    if (res.status === 200) this.csrf = res.body.csrfToken;
    return res;
  }
}

export type SessionBody = {
  csrfToken: string;
  twoFactorPending: boolean;
  twoFactorEnrolled: boolean;
  user: { id: string; email: string };
  service: { id: string; name: string; role: string } | null;
  services: { id: string; name: string; slug: string; role: string }[];
};

export async function startHarness(
  env: Record<string, string> = {},
  beforeListen: (app: FastifyInstance) => void = () => undefined,
): Promise<Harness> {
  const fresh = await freshDatabase();
  const config = loadConfig({
    HAVEN_DEMO: '1',
    LOG_LEVEL: 'silent',
    ...env,
    ...(fresh.url ? { DATABASE_URL: fresh.url } : {}),
  });
  const database = await openDatabase({ url: fresh.url, dataDir: 'memory://', poolSize: 4 });
  await database.migrate();
  const app = await buildApp(
    { db: database.db, engine: database.engine, config, version: VERSION },
    { webRoot: null, logger: false },
  );
  beforeListen(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const client = () => new Client(baseUrl);
  return {
    app,
    database,
    config,
    baseUrl,
    client,
    signedIn: async (email, password) => {
      const c = client();
      const res = await c.post('/api/auth/sign-in', { email, password });
      if (res.status !== 200)
        throw new Error(`sign-in as ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
      const s = await c.session();
      const only = s.body.services.length === 1 ? s.body.services[0] : undefined;
      if (only) await c.post('/api/auth/service', { serviceId: only.id });
      return c;
    },
    close: async () => {
      await app.close();
      await database.close();
      await fresh.drop();
    },
  };
}

/** The demo data, plus a second, separate service "Other" with its own admin and practitioner. */
export async function withDemo(h: Harness) {
  await seedDemo(h.database.db, h.config);
  const otherId = await createService({ db: h.database.db, input: { name: 'Other Service', slug: 'other' } });
  const ctx = systemCtx(h.database.db, h.config, otherId);
  await addMember({
    ctx,
    input: { email: 'admin@other.test', displayName: 'Other Admin', role: 'admin', password: 'other-admin-password' },
  });
  await addMember({
    ctx,
    input: {
      email: 'prac@other.test',
      displayName: 'Other Prac',
      role: 'practitioner',
      password: 'other-prac-password',
    },
  });
  return { otherId };
}

/** Adds a member with a password to the service with `slug`, as the command line can. */
export async function addMemberTo(
  h: Harness,
  slug: string,
  input: { email: string; displayName: string; role: Role; password: string },
): Promise<void> {
  await addMember({ ctx: systemCtx(h.database.db, h.config, await serviceId(h, slug)), input });
}

/** Chooses the service with `slug` for a client whose user belongs to several. */
export async function enter(c: Client, slug: string): Promise<string> {
  const s = await c.session();
  const service = s.body.services.find((x) => x.slug === slug);
  if (!service) throw new Error(`not a member of ${slug}`);
  const res = await c.post('/api/auth/service', { serviceId: service.id });
  if (res.status !== 200) throw new Error(`choosing ${slug} answered ${res.status}`);
  return service.id;
}

export type AuditRow = {
  action: string;
  entity_type: string;
  entity_id: string | null;
  actor_user_id: string | null;
  details: Record<string, unknown>;
};

/**
 * Audit events of a service, oldest first, read as the database owner: all of them, or only those
 * with one of `actions` and about `entityId`.
 */
export async function auditActions(
  h: Harness,
  serviceId: string,
  { actions, entityId }: { actions?: string[]; entityId?: string } = {},
): Promise<AuditRow[]> {
  const where = [sql`service_id = ${serviceId}`];
  if (actions)
    where.push(
      sql`action in (${sql.join(
        actions.map((a) => sql`${a}`),
        sql`, `,
      )})`,
    );
  if (entityId) where.push(sql`entity_id = ${entityId}`);
  return ownerRows(
    h,
    sql`select action, entity_type, entity_id, actor_user_id, details from audit_events
        where ${sql.join(where, sql` and `)} order by seq`,
  );
}

/** The paths of the fields a failed request names (`body.reviewOn`). */
export const fieldPaths = (body: unknown): string[] =>
  ((body as { fields?: { path: string }[] }).fields ?? []).map((f) => f.path);

/** The database's own message for a failed query (drizzle wraps it as the error's cause). */
export async function dbError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause;
    return cause?.message ?? (err as Error).message;
  }
  throw new Error('expected the query to fail');
}

/** Rows of a query run as the database owner (no row-level security). */
export async function ownerRows<T>(h: Harness, query: SQL): Promise<T[]> {
  return queryRows<T>(h.database.db, query);
}

/** The id of the service with `slug`. */
export async function serviceId(h: Harness, slug: string): Promise<string> {
  const [row] = await ownerRows<{ id: string }>(h, sql`select id from services where slug = ${slug}`);
  if (!row) throw new Error(`no service ${slug}`);
  return row.id;
}

/** Turns every waiting public submission into a referral now, as the background worker would. */
export async function drain(h: Harness): Promise<void> {
  await drainAllInboxes(h.database.db);
}
