import { open, say } from '../runtime';

export const help = `haven migrate

Applies any database migrations that have not run yet, then exits. serve does this too.
Uses DATABASE_URL when set, otherwise the embedded database in HAVEN_DATA_DIR.`;

export async function run(): Promise<void> {
  const { database } = await open();
  await database.close();
  say(`Database is up to date (${database.engine}).`);
}
