import { describe, expect, it } from 'vitest';
import { lengthMessage, noteDateProblem, validNoteDate } from './note-date';

const today = '2026-03-07';

describe('noteDateProblem', () => {
  it('accepts today and past days', () => {
    expect(noteDateProblem({ day: '7', month: '3', year: '2026' }, today)).toBeUndefined();
    expect(validNoteDate({ day: '1', month: '12', year: '2025' }, today)).toBe('2025-12-01');
  });

  it('refuses blank, partial, unreal and future dates, in NHS.UK words', () => {
    expect(noteDateProblem({ day: '', month: '', year: '' }, today)).toBe('Enter the date of the note');
    expect(noteDateProblem({ day: '7', month: '', year: '2026' }, today)).toBe(
      'The date of the note must include a month',
    );
    expect(noteDateProblem({ day: '30', month: '2', year: '2026' }, today)).toBe(
      'The date of the note must be a real date',
    );
    expect(noteDateProblem({ day: '8', month: '3', year: '2026' }, today)).toBe(
      'The date of the note must be today or in the past',
    );
    expect(validNoteDate({ day: '8', month: '3', year: '2026' }, today)).toBeNull();
  });
});

describe('lengthMessage', () => {
  it('says nothing well before the limit', () => {
    expect(lengthMessage(100, 1000)).toBeNull();
    expect(lengthMessage(899, 1000)).toBeNull();
  });

  it('counts down near the limit and counts the excess past it', () => {
    expect(lengthMessage(900, 1000)).toEqual({ text: 'You have 100 characters remaining', over: false });
    expect(lengthMessage(999, 1000)).toEqual({ text: 'You have 1 character remaining', over: false });
    expect(lengthMessage(52_345)).toEqual({ text: 'You have 2,345 characters too many', over: true });
  });
});
