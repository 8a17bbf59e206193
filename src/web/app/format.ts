import { isIsoDate, todayInLondon } from '../../core/dates';

type Size = 'long' | 'short';

// Building a formatter costs far more than using one: make them once.
const dayFormats: Record<Size, Intl.DateTimeFormat> = {
  long: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  short: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
const moment = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "2026-03-07" → "7 March 2026" ("7 Mar 2026" short, where space is tight); anything else as it is. */
export const formatDate = (iso: string, size: Size = 'long'): string =>
  isIsoDate(iso) ? dayFormats[size].format(new Date(`${iso}T00:00:00Z`)) : iso;

/** The calendar date of an instant in the UK, like formatDate. */
export const formatDay = (instant: string, size: Size = 'long'): string => {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : formatDate(todayInLondon(date), size);
};

/** An instant as UK people read it: "7 Mar 2026, 14:05". */
export const formatDateTime = (instant: string): string => {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : moment.format(date);
};

/** Dates written YYYY-MM-DD inside a sentence the server made ("Due 2027-03-23") made readable. */
export const readableDates = (text: string): string => text.replace(/\d{4}-\d{2}-\d{2}/g, (iso) => formatDate(iso));

/** "1 day", "3 days". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
