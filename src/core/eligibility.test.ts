import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, monthsBetween } from './dates';
import { assessEligibility, DEFAULT_ELIGIBILITY, normalisePostcode, type EligibilityFacts } from './eligibility';

const facts = (f: Partial<EligibilityFacts>): EligibilityFacts => ({
  referralDate: '2026-11-23',
  babyDateOfBirth: null,
  dueDate: null,
  postcode: null,
  ...f,
});

describe('dates', () => {
  it('counts whole months the way ages are told', () => {
    expect(monthsBetween('2026-03-10', '2026-04-09')).toBe(0);
    expect(monthsBetween('2026-03-10', '2026-04-10')).toBe(1);
    expect(monthsBetween('2024-11-24', '2026-11-23')).toBe(23);
    expect(monthsBetween('2024-11-23', '2026-11-23')).toBe(24);
  });
  it('knows real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('23/11/2026')).toBe(false);
  });
  it('adds months, clamping to the end of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-23', 10)).toBe('2027-09-23');
  });
});

describe('assessEligibility (default: pregnant, or a baby under 24 months)', () => {
  it('accepts a baby a day short of two', () => {
    expect(assessEligibility(facts({ babyDateOfBirth: '2024-11-24' }), DEFAULT_ELIGIBILITY)).toEqual({
      status: 'eligible',
      reasons: [],
    });
  });
  it('declines a baby who has turned two, saying why', () => {
    const e = assessEligibility(facts({ babyDateOfBirth: '2024-11-23' }), DEFAULT_ELIGIBILITY);
    expect(e.status).toBe('ineligible');
    expect(e.reasons[0]).toMatch(/24 months old.*under 24 months/);
  });
  it('accepts a pregnancy unless the service works only after birth', () => {
    expect(assessEligibility(facts({ dueDate: '2027-03-01' }), DEFAULT_ELIGIBILITY).status).toBe('eligible');
    expect(
      assessEligibility(facts({ dueDate: '2027-03-01' }), { ...DEFAULT_ELIGIBILITY, acceptPregnancy: false }).status,
    ).toBe('ineligible');
  });
  it('asks a person to check when there is neither a birth date nor a due date', () => {
    expect(assessEligibility(facts({}), DEFAULT_ELIGIBILITY).status).toBe('check');
  });
  it('honours a custom age limit', () => {
    const rules = { ...DEFAULT_ELIGIBILITY, ageLimitMonths: 12 };
    expect(assessEligibility(facts({ babyDateOfBirth: '2025-11-24' }), rules).status).toBe('eligible');
    expect(assessEligibility(facts({ babyDateOfBirth: '2025-11-23' }), rules).status).toBe('ineligible');
  });
});

describe('postcode areas', () => {
  const rules = { ...DEFAULT_ELIGIBILITY, postcodeAreas: ['OX4', 'RG', 'SN7 9'] };
  const at = (postcode: string | null) => assessEligibility(facts({ dueDate: '2027-01-01', postcode }), rules).status;
  it('matches districts, whole areas and sectors', () => {
    expect(at('ox4 1ab')).toBe('eligible');
    expect(at('RG1 2CD')).toBe('eligible');
    expect(at('SN7 9XY')).toBe('eligible');
  });
  it('does not confuse OX4 with OX44, or a sector with its neighbour', () => {
    expect(at('OX44 7AA')).toBe('ineligible');
    expect(at('SN7 8XY')).toBe('ineligible');
  });
  it('asks a person to check when no postcode was given', () => {
    expect(at(null)).toBe('check');
  });
  it('normalises postcodes and refuses what is not one', () => {
    expect(normalisePostcode(' sw1a1aa ')).toBe('SW1A 1AA');
    expect(normalisePostcode('hello')).toBeNull();
  });
});
