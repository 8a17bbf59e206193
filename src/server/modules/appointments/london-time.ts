import { mondayOf, todayInLondon, type IsoDate } from '../../../core/dates';

// Building a formatter costs far more than using one: make it once.
const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes the UK clock is ahead of UTC at `instant` (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(londonClock.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a UK calendar day begins. The clocks change at 01:00 UTC, so the offset at UTC midnight
 * of that date is the one in force at the UK's midnight.
 */
export function londonMidnight(date: IsoDate): Date {
  const utc = Date.parse(`${date}T00:00:00Z`);
  return new Date(utc - londonOffsetMinutes(new Date(utc)) * 60_000);
}

/** The Monday of the UK week that `now` falls in. */
export const mondayInLondon = (now: Date = new Date()): IsoDate => mondayOf(todayInLondon(now));
