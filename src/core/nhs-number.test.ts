import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNhsNumber, formatNhsNumber, isTestNhsNumber } from './nhs-number';

describe('checkNhsNumber', () => {
  it('accepts the published worked example 943 476 5919 (sum 299, remainder 2, check 9)', () => {
    expect(checkNhsNumber('943 476 5919')).toEqual({ valid: true, normalised: '9434765919' });
    expect(checkNhsNumber('943-476-5919')).toEqual({ valid: true, normalised: '9434765919' });
  });

  it('rejects the worked example with a wrong check digit', () => {
    expect(checkNhsNumber('9434765918').valid).toBe(false);
  });

  it('rejects numbers whose check comes out as 10', () => {
    // 1000000010: sum = 10*1 + 2*1 = 12 → 12 mod 11 = 1 → check 10: never valid.
    expect(checkNhsNumber('1000000010').valid).toBe(false);
    expect(checkNhsNumber('1000000011').valid).toBe(false);
  });

  it('uses 0 when the check comes out as 11', () => {
    // 0000000000: sum 0 → remainder 0 → check 11 → 0.
    expect(checkNhsNumber('0000000000').valid).toBe(true);
  });

  it('says why a malformed number is refused', () => {
    expect(checkNhsNumber('12345')).toEqual({ valid: false, reason: 'An NHS number has 10 digits' });
    expect(checkNhsNumber('94347659AB').valid).toBe(false);
  });

  it('knows the test range 999 000 0000 to 999 999 9999', () => {
    const n = checkNhsNumber('9990000018');
    expect(n.valid).toBe(true);
    expect(n.valid && isTestNhsNumber(n.normalised)).toBe(true);
    expect(isTestNhsNumber('9434765919')).toBe(false);
  });

  it('accepts exactly one check digit for every 9-digit stem that has one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (stem) => {
        const valid = Array.from({ length: 10 }, (_, d) => checkNhsNumber(`${stem}${d}`).valid).filter(Boolean);
        expect(valid.length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('formats as 3-3-4', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
  });
});
