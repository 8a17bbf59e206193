import { isIsoDate } from '../../../core/dates';
import type { DateParts } from '../../components/date-field';

export const isBlankDate = (d: DateParts) => `${d.day}${d.month}${d.year}`.trim() === '';

/** "7", "3", "2026" → "2026-03-07"; null unless it is a real date with a 4-digit year. */
export function toIsoDate(d: DateParts): string | null {
  const day = d.day.trim();
  const month = d.month.trim();
  const year = d.year.trim();
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export const fromIsoDate = (iso: string): DateParts => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

/**
 * What is wrong with a date, in the NHS.UK wording ("Date of birth must include a month"), or
 * undefined when it is a real date (or blank and optional). `what` starts the sentence.
 */
export function dateProblem(d: DateParts, what: string, required: string | undefined): string | undefined {
  if (isBlankDate(d)) return required;
  const missing = (['day', 'month', 'year'] as const).filter((part) => d[part].trim() === '');
  if (missing.length > 0) return `${what} must include a ${missing.join(' and a ')}`;
  if (!/^\d{4}$/.test(d.year.trim())) return `${what} must include a year with 4 numbers, like 2024`;
  if (!toIsoDate(d)) return `${what} must be a real date`;
  return undefined;
}
