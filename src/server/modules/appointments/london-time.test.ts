import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/dates';
import { londonMidnight, mondayInLondon } from './london-time';

describe('UK calendar days', () => {
  it('begins a winter day at midnight UTC and a summer day an hour before', () => {
    expect(londonMidnight('2026-01-15').toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(londonMidnight('2026-07-15').toISOString()).toBe('2026-07-14T23:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    expect(londonMidnight('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(londonMidnight('2026-03-30').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(londonMidnight('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(londonMidnight('2026-10-26').toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });

  it('finds the Monday of the UK week, which can differ from the UTC one', () => {
    expect(mondayInLondon(new Date('2026-03-04T12:00:00Z'))).toBe('2026-03-02'); // a Wednesday
    expect(mondayInLondon(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02'); // Monday itself
    expect(mondayInLondon(new Date('2026-03-08T23:59:00Z'))).toBe('2026-03-02'); // Sunday night
    // 23:30 UTC on Sunday 7 June is already Monday 8 June in summer time.
    expect(mondayInLondon(new Date('2026-06-07T23:30:00Z'))).toBe('2026-06-08');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-02', -1)).toBe('2026-03-01');
  });
});
