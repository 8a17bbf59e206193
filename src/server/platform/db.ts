import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as baseSchema from '../db/schema';
import * as outcomeSchema from '../db/schema-outcomes';

const schema = { ...baseSchema, ...outcomeSchema };

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Engine = 'pglite' | 'postgresql';

/** An open database: the drizzle handle, which engine it is, how to migrate and how to close. */
export type Database = {
  db: Db;
  engine: Engine;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));

/** Opens PostgreSQL at `url` if given, otherwise the embedded PGlite kept in `dataDir`. */
export async function openDatabase(opts: { url?: string; dataDir: string; poolSize?: number }): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle connection can be cut by the server (restart, failover); the pool replaces it. Without
    // a listener the error would end the process.
    pool.on('error', (err) => {
      process.stderr.write(
        `database connection lost (${(err as { code?: string }).code ?? err.name}); reconnecting on next use\n`,
      );
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      engine: 'postgresql',
      migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const memory = opts.dataDir === 'memory://';
  if (!memory) mkdirSync(opts.dataDir, { recursive: true });
  const client = memory ? new PGlite() : new PGlite(opts.dataDir);
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    close: () => client.close(),
  };
}

/** The all-zero service id: the audit scope of events that belong to no service (sign-ins). */
export const PLATFORM_SCOPE = '00000000-0000-0000-0000-000000000000';

export type Scope = { serviceId: string | null; userId: string | null };

/**
 * Runs `fn` in one transaction as the unprivileged `haven_app` role, with the service and user
 * set for row-level security. Everything the app does to data goes through here.
 */
export function inScope<T>(db: Db, scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // set_config('role', …, true) is SET LOCAL ROLE; one statement sets the role and the scope.
    await tx.execute(
      sql`select set_config('role', 'haven_app', true), set_config('app.service_id', ${scope.serviceId ?? ''}, true), set_config('app.user_id', ${scope.userId ?? ''}, true)`,
    );
    return fn(tx);
  });
}

/** Sets (or moves) the transaction's service and user for row-level security. */
export async function setScope(tx: Tx, scope: Scope): Promise<void> {
  await tx.execute(
    sql`select set_config('app.service_id', ${scope.serviceId ?? ''}, true), set_config('app.user_id', ${scope.userId ?? ''}, true)`,
  );
}

/** Rows of a raw SQL query; both drivers answer `{ rows }`. */
export async function queryRows<T>(runner: Db | Tx, query: SQL): Promise<T[]> {
  // The shared Db type cannot name either driver's result type, so the shape is asserted here once.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const result = (await runner.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
