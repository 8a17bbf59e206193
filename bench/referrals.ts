// Benchmark: self-referral submissions per second and latency on a PostgreSQL server, beside a
// bare Fastify + pg endpoint doing a single INSERT, both measured in this one run.
// Usage: npm run bench:referrals  (DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/postgres;
// BENCH_CONNECTIONS, BENCH_SECONDS, and BENCH_PORT for the first of the two ports it listens on)
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { freshDatabase } from '../test/fresh-database.mjs';
import { monthsAgo, selfReferral } from '../test/referral-fixtures';

process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

function start(args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

async function load(url: string, body: () => unknown) {
  const run = (duration: number) =>
    autocannon({
      url,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }) }],
    });
  await run(2); // warm-up: JIT, connection pools, caches
  const r = await run(DURATION);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

const haven = await freshDatabase('haven_bench');
const bare = await freshDatabase('haven_bench_bare');
const children: ChildProcess[] = [];
try {
  const firstPort = Number(process.env.BENCH_PORT ?? 3390);
  const havenPort = String(firstPort);
  const barePort = String(firstPort + 1);
  children.push(
    await start(
      ['bin/haven.mjs', 'serve'],
      {
        DATABASE_URL: haven.url ?? '',
        PORT: havenPort,
        HAVEN_DEMO: '1',
        LOG_LEVEL: 'warn',
        HAVEN_PUBLIC_RATE_LIMIT: '100000000',
      },
      /is running at/,
    ),
  );
  children.push(
    await start(['--import', 'tsx', 'bench/bare-server.ts'], { DATABASE_URL: bare.url ?? '', PORT: barePort }, /ready/),
  );
  // Every submission a different family, as in real life (a repeated family is the rare case).
  // Names are letters only: identity keys ignore digits, so "Baby 1a2b" and "Baby 3a4b" are the same name.
  const letters = (hex: string) => hex.replace(/[0-9]/g, (d) => 'ghijklmnop'.charAt(Number(d)));
  const body = () => {
    const id = randomUUID();
    return selfReferral({
      submissionId: id,
      parents: [{ name: `Parent ${letters(id.slice(0, 8))}`, dateOfBirth: '1994-05-06', relationship: 'mother' }],
      baby: { kind: 'born', name: `Baby ${letters(id.slice(9, 13) + id.slice(14, 18))}`, dateOfBirth: monthsAgo(3) },
    });
  };
  const b = await load(`http://127.0.0.1:${barePort}/submit`, body);
  const h = await load(`http://127.0.0.1:${havenPort}/api/public/services/demo/referrals`, body);
  // Intake is only half the work: how far behind were submissions becoming referrals?
  const db = new pg.Client({ connectionString: haven.url });
  await db.connect();
  const waiting = async () => {
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from referral_inbox where processed_at is null',
    );
    return rows[0]?.n ?? 0;
  };
  const left = await waiting();
  const since = Date.now();
  while ((await waiting()) > 0 && Date.now() - since < 60_000) await new Promise((r) => setTimeout(r, 50));
  const caughtUp = (Date.now() - since) / 1000;
  const stillWaiting = await waiting();
  await db.end();
  const row = (name: string, r: typeof h) =>
    `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`;
  process.stdout.write(
    `\nSelf-referral submissions, ${CONNECTIONS} connections, ${DURATION} s each, PostgreSQL server\n`,
  );
  process.stdout.write(`${row('bare Fastify + pg single INSERT', b)}\n${row('Haven self-referral', h)}\n`);
  process.stdout.write(
    `submissions waiting to become referrals when the load stopped: ${left}; ${stillWaiting > 0 ? `${stillWaiting} still waiting` : 'all referrals'} ${caughtUp.toFixed(1)} s later\n`,
  );
  process.stdout.write(
    `ratio Haven / bare: ${(h.rps / b.rps).toFixed(2)}  (aim: >= 0.40; Haven >= 1000 req/s with p99 < 50 ms)\n`,
  );
} finally {
  await Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => {
          c.once('exit', resolve);
          c.kill('SIGTERM');
        }),
    ),
  );
  await haven.drop();
  await bare.drop();
}
