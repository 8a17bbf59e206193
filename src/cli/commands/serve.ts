import { parseArgs } from 'node:util';
import { buildApp } from '../../server/app';
import { DEMO_SERVICE, seedDemo } from '../../server/db/seed/demo';
import { countServices } from '../../server/modules/services';
import { VERSION } from '../../server/version';
import { ensureWebBuild } from '../web-build';
import { open, say } from '../runtime';

export const help = `haven serve [--build-web]

Migrates the database and serves Haven on PORT (default 3000): the API under /api and the
web app. On first start with an empty database it creates a demo service and prints its
sign-in details, unless HAVEN_DEMO=0. --build-web builds the web app first when its sources
are newer than the last build.`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { 'build-web': { type: 'boolean' } } });
  if (values['build-web']) await ensureWebBuild();
  const { config, database } = await open();
  if ((await countServices(database.db)) === 0) {
    if (config.HAVEN_DEMO) {
      const accounts = await seedDemo(database.db, config);
      say(`\nCreated the demo service "${DEMO_SERVICE.name}". Demo sign-ins (demo data only):`);
      for (const a of accounts) say(`  ${a.role.padEnd(13)} ${a.email.padEnd(32)} ${a.password}`);
      say();
    } else {
      say('\nThe database is empty. Create the first service and its admin:');
      say('  npx haven create-service --name "Your Service" --slug your-service');
      say('  npx haven create-user --service your-service --email you@example.org --role admin --name "Your Name"\n');
    }
  }
  const app = await buildApp({ db: database.db, engine: database.engine, config, version: VERSION });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
  say(`Haven ${VERSION} is running at http://localhost:${config.PORT} (database: ${database.engine}).`);
}
