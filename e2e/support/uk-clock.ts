const ukClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An instant as the UK clock shows it: the date boxes' values, 'HH:MM', and the date written out. */
export function ukMoment(instant: Date) {
  const p = Object.fromEntries(ukClock.formatToParts(instant).map((x) => [x.type, x.value]));
  const date = { day: p.day ?? '', month: p.month ?? '', year: p.year ?? '' };
  const iso = `${date.year}-${date.month.padStart(2, '0')}-${date.day.padStart(2, '0')}`;
  const day = new Date(`${iso}T00:00:00Z`);
  return {
    date,
    iso,
    time: `${p.hour ?? ''}:${p.minute ?? ''}`,
    long: longDate.format(day),
    short: shortDate.format(day),
  };
}
