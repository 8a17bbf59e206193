/**
 * Referral reference codes, made to be read out over the phone: 8 characters in two groups of
 * four ("K7PM-4QXR"), from 23 characters without the look-alikes 0/O, 1/I/L, 5/S, 2/Z, 8/B and
 * U/V; the last is a check over the first seven, so a misheard code is caught, not mismatched.
 */
export const REFERENCE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
const N = REFERENCE_ALPHABET.length;

function checkChar(body: string): string {
  // Weights 1..7 modulo a prime (23) make every single substitution and adjacent swap change the sum.
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * REFERENCE_ALPHABET.indexOf(body.charAt(i));
  return REFERENCE_ALPHABET.charAt(sum % N);
}

/** A new code; `randomIndex(n)` must return a uniformly random integer in [0, n). */
export function makeReferenceCode(randomIndex: (n: number) => number): string {
  let body = '';
  for (let i = 0; i < 7; i++) body += REFERENCE_ALPHABET.charAt(randomIndex(N));
  const code = body + checkChar(body);
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Tidies what someone typed or read out (case, spaces, hyphens); null if it cannot be a code. */
export function parseReferenceCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, '');
  if (!new RegExp(`^[${REFERENCE_ALPHABET}]{8}$`).test(raw)) return null;
  if (checkChar(raw.slice(0, 7)) !== raw.charAt(7)) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}
