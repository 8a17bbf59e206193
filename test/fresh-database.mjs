// Test support: a throwaway database for one test run. With DATABASE_URL set, a uniquely named
// database is created on that PostgreSQL server and dropped afterwards; without it, callers use
// the embedded PGlite (in memory or in a temporary folder).
import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** @returns {Promise<{ url: string | undefined, drop: () => Promise<void> }>} */
export async function freshDatabase(prefix = 'haven_test') {
  const base = process.env.DATABASE_URL;
  if (!base) return { url: undefined, drop: async () => {} };
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
