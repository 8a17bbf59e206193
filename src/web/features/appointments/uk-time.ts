/**
 * Appointments are booked in UK local time (the clocks change between GMT and BST), and the API
 * takes an instant with its offset. Pure functions: no clock unless one is passed in.
 */

// Building a formatter costs far more than using one: make them once.
const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
});
const weekday = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** The UK calendar date ('YYYY-MM-DD') and clock time ('HH:MM') of an instant. */
export function ukLocalParts(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(londonClock.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''}`, time: `${p.hour ?? ''}:${p.minute ?? ''}` };
}

/** Minutes the UK clock is ahead of UTC at `instant`: 0 in winter (GMT), 60 in summer (BST). */
function ukOffsetMinutes(instant: number): number {
  const { date, time } = ukLocalParts(new Date(instant));
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

const offsetText = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/**
 * A UK date ('2026-07-14') and clock time ('09:30') as an ISO instant with the offset in force
 * then ('2026-07-14T09:30:00+01:00'). Null for a time the UK clock skips when it goes forward
 * (01:00 to 01:59 on the last Sunday of March). When the clock goes back, 01:00 to 01:59 happen
 * twice; this is the first (BST) one.
 */
export function ukLocalToInstant(date: string, time: string): string | null {
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) return null;
  // The offset an hour before is BST for the repeated hour in October, so the earlier one wins.
  let offset = ukOffsetMinutes(wall - 60 * 60_000);
  if (ukOffsetMinutes(wall - offset * 60_000) !== offset) offset = ukOffsetMinutes(wall - offset * 60_000);
  const instant = new Date(wall - offset * 60_000);
  const back = ukLocalParts(instant);
  if (back.date !== date || back.time !== time) return null;
  return `${date}T${time}:00${offsetText(offset)}`;
}

/**
 * A time typed as hours and minutes on the 24-hour clock ('9:30', '09:30', '14.05', '1405')
 * as 'HH:MM', or null when it is not one.
 */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export { addDays, mondayOf } from '../../../core/dates';

/** "Monday 2 March" for a calendar date. */
export const formatWeekday = (date: string): string => weekday.format(new Date(`${date}T00:00:00Z`));

/** "14:05": an instant's time on the UK clock. */
export const formatUkTime = (instant: string): string => londonTime.format(new Date(instant));

/** "14:05 to 15:05": when an appointment starts and ends on the UK clock. */
export const formatTimeRange = (startsAt: string, durationMinutes: number): string =>
  `${formatUkTime(startsAt)} to ${formatUkTime(new Date(Date.parse(startsAt) + durationMinutes * 60_000).toISOString())}`;

/** "1 hour", "45 minutes", "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest > 0 || hours === 0) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}
