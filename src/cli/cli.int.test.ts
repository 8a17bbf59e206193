import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each call starts a process that opens and migrates the database: slow on a busy 2-core machine.
const SLOW = 240_000;
import { freshDatabase } from '../../test/fresh-database.mjs';

const bin = fileURLToPath(new URL('../../bin/haven.mjs', import.meta.url));
let env: Record<string, string> = {};
let drop = async () => {};

beforeAll(async () => {
  const fresh = await freshDatabase('haven_cli');
  drop = fresh.drop;
  env = {
    HAVEN_DATA_DIR: mkdtempSync(join(tmpdir(), 'haven-cli-')),
    ...(fresh.url ? { DATABASE_URL: fresh.url } : {}),
  };
});
afterAll(() => drop());

function haven(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

describe('the haven command', () => {
  it(
    'explains itself and each command',
    async () => {
      const top = await haven(['--help']);
      expect(top.code).toBe(0);
      expect(top.out).toMatch(/create-user/);
      const sub = await haven(['create-user', '--help']);
      expect(sub.out).toMatch(/never\s+taken as an argument/);
    },
    SLOW,
  );

  it(
    'creates a service and its first admin, reading the password from stdin',
    async () => {
      expect((await haven(['create-service', '--name', 'Oxpip', '--slug', 'oxpip'])).code).toBe(0);
      const short = await haven(
        ['create-user', '--service', 'oxpip', '--email', 'a@ox.test', '--role', 'admin'],
        'short\n',
      );
      expect(short.code).toBe(2);
      expect(short.err).toMatch(/at least 12 characters/);
      const ok = await haven(
        ['create-user', '--service', 'oxpip', '--email', 'Lead@Ox.test', '--role', 'admin', '--name', 'Lead'],
        'a-proper-password\n',
      );
      expect(ok.code).toBe(0);
      expect(ok.out).toMatch(/Added lead@ox\.test to Oxpip as admin/);
      const wrongRole = await haven(
        ['create-user', '--service', 'oxpip', '--email', 'b@ox.test', '--role', 'boss'],
        'x\n',
      );
      expect(wrongRole.code).toBe(2);
    },
    SLOW,
  );

  it(
    'verifies the audit trail',
    async () => {
      const res = await haven(['audit', 'verify']);
      expect(res.code).toBe(0);
      expect(res.out).toMatch(/Audit trail intact: \d+ events in \d+ chains/);
    },
    SLOW,
  );
});
