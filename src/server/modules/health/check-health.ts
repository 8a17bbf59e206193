import { sql } from 'drizzle-orm';
import type { Deps } from '../../platform/http';

/** Answers whether the database responds, and which engine and version are running. */
export async function checkHealth({ deps }: { deps: Deps }) {
  await deps.db.execute(sql`select 1`);
  return { status: 'ok' as const, database: deps.engine, version: deps.version };
}
