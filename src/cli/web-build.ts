import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const stamp = join(root, 'dist', 'web', 'index.html');

function newestIn(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestIn(join(path, name))), 0);
}

/** Builds the web app with Vite when there is no build or its sources changed since the last one. */
export async function ensureWebBuild(): Promise<void> {
  const sources = ['src/web', 'src/core', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'].map((p) =>
    join(root, p),
  );
  const newest = Math.max(...sources.filter((p) => existsSync(p)).map(newestIn));
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newest) return;
  process.stdout.write('Building the web app (first start, or its sources changed)...\n');
  const { build } = await import('vite');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
