import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatDuration,
  formatTimeRange,
  mondayOf,
  parseTime,
  ukLocalParts,
  ukLocalToInstant,
} from './uk-time';

describe('ukLocalToInstant', () => {
  it('uses GMT (+00:00) for a winter date', () => {
    const instant = ukLocalToInstant('2026-01-15', '10:00');
    expect(instant).toBe('2026-01-15T10:00:00+00:00');
    expect(new Date(instant ?? '').toISOString()).toBe('2026-01-15T10:00:00.000Z');
  });

  it('uses BST (+01:00) for a summer date', () => {
    const instant = ukLocalToInstant('2026-07-14', '09:30');
    expect(instant).toBe('2026-07-14T09:30:00+01:00');
    expect(new Date(instant ?? '').toISOString()).toBe('2026-07-14T08:30:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // Last Sunday of March 2026: 01:00 GMT becomes 02:00 BST.
    expect(ukLocalToInstant('2026-03-29', '00:30')).toBe('2026-03-29T00:30:00+00:00');
    expect(ukLocalToInstant('2026-03-29', '01:30')).toBeNull(); // skipped
    expect(ukLocalToInstant('2026-03-29', '02:00')).toBe('2026-03-29T02:00:00+01:00');
    // Last Sunday of October 2026: 02:00 BST becomes 01:00 GMT; 01:30 happens twice.
    expect(ukLocalToInstant('2026-10-25', '00:30')).toBe('2026-10-25T00:30:00+01:00');
    expect(ukLocalToInstant('2026-10-25', '01:30')).toBe('2026-10-25T01:30:00+01:00');
    expect(ukLocalToInstant('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+00:00');
  });

  it('goes back to the same UK date and time', () => {
    for (const [date, time] of [
      ['2026-02-28', '23:45'],
      ['2026-06-01', '00:15'],
      ['2026-12-31', '23:59'],
    ] as const) {
      expect(ukLocalParts(new Date(ukLocalToInstant(date, time) ?? ''))).toEqual({ date, time });
    }
  });

  it('refuses what is not a date and time', () => {
    expect(ukLocalToInstant('2026-02-30', '10:00')).toBeNull();
    expect(ukLocalToInstant('2026-02-01', '9:00')).toBeNull();
  });
});

describe('parseTime', () => {
  it('reads hours and minutes on the 24-hour clock', () => {
    expect(parseTime('9:30')).toBe('09:30');
    expect(parseTime(' 14:05 ')).toBe('14:05');
    expect(parseTime('14.05')).toBe('14:05');
    expect(parseTime('0930')).toBe('09:30');
    expect(parseTime('00:00')).toBe('00:00');
  });

  it('refuses anything else', () => {
    for (const text of ['', '24:00', '12:60', '2pm', '9', '9:3', '12:30:00']) expect(parseTime(text)).toBeNull();
  });
});

describe('weeks and labels', () => {
  it('finds the Monday of a week', () => {
    expect(mondayOf('2026-03-02')).toBe('2026-03-02'); // a Monday
    expect(mondayOf('2026-03-08')).toBe('2026-03-02'); // the Sunday after
    expect(mondayOf('2026-01-01')).toBe('2025-12-29'); // across a year
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
  });

  it('says how long and when', () => {
    expect(formatDuration(60)).toBe('1 hour');
    expect(formatDuration(45)).toBe('45 minutes');
    expect(formatDuration(90)).toBe('1 hour 30 minutes');
    expect(formatDuration(120)).toBe('2 hours');
    expect(formatTimeRange('2026-07-14T08:30:00.000Z', 90)).toBe('09:30 to 11:00');
  });
});
