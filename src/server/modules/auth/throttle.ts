import type { Config } from '../../config';
import { AppError } from '../../platform/errors';
import type { Tx } from '../../platform/db';
import { sha256 } from '../../platform/secrets';
import { clearThrottle, readThrottle, writeThrottle } from './queries';

/** Throttle keys: one per account (by a hash of the email, known or not) and one per address. */
export const throttleKeys = (email: string, address: string | null) => ({
  account: `account:${sha256(email)}`,
  address: `address:${address ?? 'unknown'}`,
});

const minutes = (n: number) => n * 60_000;

/** Refuses the attempt while either key is locked, with the same answer for known and unknown emails. */
export async function assertNotLocked(tx: Tx, keys: string[]): Promise<void> {
  const now = Date.now();
  for (const key of keys) {
    const row = await readThrottle(tx, key);
    if (row?.lockedUntil && row.lockedUntil.getTime() > now) {
      const wait = Math.ceil((row.lockedUntil.getTime() - now) / 60_000);
      throw new AppError(
        'RATE_LIMITED',
        `Too many failed sign-in attempts. Try again in ${wait} minute${wait === 1 ? '' : 's'}.`,
      );
    }
  }
}

/** Counts a failure against a key within a rolling window and locks the key at its limit. */
export async function recordFailure(tx: Tx, config: Config, key: string, limit: number): Promise<void> {
  const now = new Date();
  const window = minutes(config.HAVEN_SIGNIN_LOCK_MINUTES);
  const row = await readThrottle(tx, key);
  const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > window;
  const failures = fresh ? 1 : row.failures + 1;
  await writeThrottle(tx, {
    key,
    failures,
    windowStartedAt: fresh ? now : row.windowStartedAt,
    lockedUntil: failures >= limit ? new Date(now.getTime() + window) : null,
  });
}

export const recordSuccess = (tx: Tx, key: string) => clearThrottle(tx, key);
