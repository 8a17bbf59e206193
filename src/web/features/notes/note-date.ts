import { todayInLondon } from '../../../core/dates';
import type { DateParts } from '../../components/date-field';
import { NOTE_MAX_LENGTH } from './api';
import { dateProblem, toIsoDate } from '../refer/date-parts';

export { fromIsoDate } from '../refer/date-parts';

/** What is wrong with a note's date, in the NHS.UK wording, or undefined for a real date not in the future. */
export function noteDateProblem(parts: DateParts, today: string = todayInLondon()): string | undefined {
  const problem = dateProblem(parts, 'The date of the note', 'Enter the date of the note');
  if (problem) return problem;
  const iso = toIsoDate(parts);
  if (iso && iso > today) return 'The date of the note must be today or in the past';
  return undefined;
}

/** The note's date as the API takes it, or null while it is not a real date (not in the future). */
export const validNoteDate = (parts: DateParts, today: string = todayInLondon()): string | null =>
  noteDateProblem(parts, today) === undefined ? toIsoDate(parts) : null;

const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'character' : 'characters'}`;

/** Near the longest note the server takes, how much room is left (or how much is over); null well before. */
export function lengthMessage(length: number, max: number = NOTE_MAX_LENGTH): { text: string; over: boolean } | null {
  if (length < max * 0.9) return null;
  if (length <= max) return { text: `You have ${count(max - length)} remaining`, over: false };
  return { text: `You have ${count(length - max)} too many`, over: true };
}
