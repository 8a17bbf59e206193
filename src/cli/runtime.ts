import { loadConfig, type Config } from '../server/config';
import { openDatabase, type Database } from '../server/platform/db';

/** Configuration and an open, migrated database: what every command starts from. */
export async function open(): Promise<{ config: Config; database: Database }> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.HAVEN_DATA_DIR });
  await database.migrate();
  return { config, database };
}

/** Prints to stdout: the command line's own output, not operator logs. */
export const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

export class UsageError extends Error {}
