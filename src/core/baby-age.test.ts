import { describe, expect, it } from 'vitest';
import { babyAge, describeBabyAge } from './baby-age';

const born = (dateOfBirth: string, gestationWeeks: number | null = null) => ({
  dateOfBirth,
  dueDate: null,
  gestationWeeks,
});

describe('babyAge', () => {
  it('counts whole weeks and calendar months', () => {
    expect(babyAge(born('2026-01-10'), '2026-04-10')).toEqual({
      kind: 'born',
      actual: { days: 90, weeks: 12, months: 3 },
      corrected: null,
    });
    expect(babyAge(born('2026-01-10'), '2026-04-09')).toMatchObject({ actual: { months: 2 } });
  });

  it('corrects the age of a baby born preterm by the weeks born early', () => {
    // Born at 32 weeks: 8 weeks early. At 20 weeks old the corrected age is 12 weeks.
    const age = babyAge(born('2026-01-01', 32), '2026-05-21');
    expect(age).toMatchObject({ kind: 'born', actual: { weeks: 20 }, corrected: { weeks: 12 } });
    // The term date is 26 February, so on 21 May the corrected age is 2 whole months.
    expect(age && age.kind === 'born' && age.corrected?.months).toBe(2);
  });

  it('does not correct a baby born at 37 weeks or later, or after the second birthday', () => {
    expect(babyAge(born('2026-01-01', 37), '2026-03-01')).toMatchObject({ corrected: null });
    expect(babyAge(born('2024-01-01', 30), '2026-02-01')).toMatchObject({ corrected: null });
  });

  it('never gives a negative corrected age before the due date', () => {
    expect(babyAge(born('2026-01-01', 28), '2026-01-15')).toMatchObject({
      corrected: { days: 0, weeks: 0, months: 0 },
    });
  });

  it('answers the weeks to go for a pregnancy, and nothing without dates', () => {
    expect(babyAge({ dateOfBirth: null, dueDate: '2026-03-01', gestationWeeks: null }, '2026-02-01')).toEqual({
      kind: 'unborn',
      dueDate: '2026-03-01',
      weeksToGo: 4,
    });
    expect(babyAge({ dateOfBirth: null, dueDate: null, gestationWeeks: null }, '2026-02-01')).toBeNull();
  });
});

describe('describeBabyAge', () => {
  it('reads as a clinician would say it', () => {
    expect(describeBabyAge(babyAge(born('2026-01-10'), '2026-04-10'))).toBe('12 weeks (3 months)');
    expect(describeBabyAge(babyAge(born('2026-04-08'), '2026-04-10'))).toBe('2 days');
    expect(describeBabyAge(babyAge(born('2026-01-01', 32), '2026-05-21'))).toBe(
      '20 weeks (4 months); corrected age 12 weeks (2 months)',
    );
    expect(
      describeBabyAge(babyAge({ dateOfBirth: null, dueDate: '2026-03-01', gestationWeeks: null }, '2026-02-22')),
    ).toBe('Due 2026-03-01 (1 week to go)');
  });
});
