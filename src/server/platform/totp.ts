import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Haven';

const totpFor = (secret: string, label = 'Haven') =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

export const totpUri = (secret: string, label: string): string => totpFor(secret, label).toString();

/**
 * Checks a 6-digit code, allowing one step of clock drift either way, and returns its time step
 * so the caller can refuse the same code twice; null when it is wrong.
 */
export function checkTotp(secret: string, code: string, lastStep: number | null): number | null {
  const delta = totpFor(secret).validate({ token: code.replace(/\s/g, ''), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(Date.now() / 30_000) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}
