/**
 * NHS number check (Modulus 11, NHS Data Dictionary): digits 1–9 weighted 10 down to 2, summed;
 * check = 11 − (sum mod 11); 11 means 0, 10 means the number is invalid; else it must equal digit 10.
 */
export type NhsNumberCheck = { valid: true; normalised: string } | { valid: false; reason: string };

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

export function checkNhsNumber(input: string): NhsNumberCheck {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return { valid: false, reason: 'An NHS number has 10 digits' };
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return { valid: false, reason: 'This is not a valid NHS number: check the digits' };
  if ((check === 11 ? 0 : check) !== Number(digits[9])) {
    return { valid: false, reason: 'This is not a valid NHS number: check the digits' };
  }
  return { valid: true, normalised: digits };
}

/** 999 000 0000 to 999 999 9999: valid numbers reserved for testing, never a real person. */
export const isTestNhsNumber = (normalised: string): boolean => normalised.startsWith('999');

/** Shown as 3-3-4, the way it is printed on NHS letters. */
export const formatNhsNumber = (normalised: string): string =>
  `${normalised.slice(0, 3)} ${normalised.slice(3, 6)} ${normalised.slice(6)}`;
