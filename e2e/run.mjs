#!/usr/bin/env node
// `npm run test:e2e`: builds the web app, starts Haven on a free port with a fresh database and
// the demo accounts, runs the Playwright specs in e2e/ against it with Debian's Chromium, and
// stops everything again. Extra arguments go to `playwright test` (e.g. a spec file or --grep).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshDatabase } from '../test/fresh-database.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ci = process.env.CI === 'true';

const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!chromium) {
  console.log(
    'Browser tests skipped: no Chromium found. Install it with: apt-get install chromium (or set CHROME_PATH).',
  );
  process.exit(ci ? 1 : 0);
}

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/** @param {string} url @param {import('node:child_process').ChildProcess} server */
async function waitForHealth(url, server, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      const how = server.signalCode ?? `exit code ${String(server.exitCode)}`;
      throw new Error(`The Haven server stopped (${how}) before it was ready.`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The Haven server was not ready within ${timeoutMs / 1000} seconds.`);
}

/** @param {import('node:child_process').ChildProcess} child */
function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve(undefined);
    });
    child.kill('SIGTERM');
  });
}

const database = await freshDatabase('haven_e2e');
const dataDir = database.url ? null : await mkdtemp(join(tmpdir(), 'haven-e2e-'));
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;

/** @type {NodeJS.ProcessEnv} */
const serverEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', HAVEN_DEMO: '1', LOG_LEVEL: 'warn' };
if (database.url) serverEnv.DATABASE_URL = database.url;
else {
  delete serverEnv.DATABASE_URL;
  serverEnv.HAVEN_DATA_DIR = dataDir ?? undefined;
}

// --build-web builds the web app first when its sources changed since the last build.
const server = spawn(process.execPath, ['bin/haven.mjs', 'serve', '--build-web'], {
  cwd: root,
  env: serverEnv,
  stdio: ['ignore', 'inherit', 'inherit'],
});

let code = 1;
try {
  await waitForHealth(`${baseUrl}/api/health`, server);
  const playwright = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    cwd: root,
    env: { ...process.env, HAVEN_E2E_BASE_URL: baseUrl, CHROME_PATH: chromium },
    stdio: 'inherit',
  });
  code = await new Promise((resolve) => playwright.on('exit', (c) => resolve(c ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stop(server);
  await database.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
process.exit(code);
