import { addMonths, daysBetween, monthsBetween, type IsoDate } from './dates';

/** Full term, in completed weeks of gestation; a baby born before 37 weeks is preterm. */
const TERM_WEEKS = 40;
const PRETERM_BEFORE_WEEKS = 37;
/** Corrected age is used until the child is two. */
const CORRECT_UNTIL_MONTHS = 24;

export type Age = { days: number; weeks: number; months: number };

export type BabyAge =
  { kind: 'unborn'; dueDate: IsoDate; weeksToGo: number } | { kind: 'born'; actual: Age; corrected: Age | null };

function ageBetween(from: IsoDate, to: IsoDate): Age {
  const days = daysBetween(from, to);
  return { days, weeks: Math.floor(days / 7), months: Math.max(0, monthsBetween(from, to)) };
}

/**
 * A baby's age on `today`: in weeks and months, and for a baby born preterm also the age corrected
 * for prematurity (the age counted from the due date: actual age less the weeks born early), until two.
 * A pregnancy answers the weeks to go to the due date.
 */
export function babyAge(
  baby: { dateOfBirth: IsoDate | null; dueDate: IsoDate | null; gestationWeeks: number | null },
  today: IsoDate,
): BabyAge | null {
  if (!baby.dateOfBirth) {
    return baby.dueDate
      ? {
          kind: 'unborn',
          dueDate: baby.dueDate,
          weeksToGo: Math.max(0, Math.ceil(daysBetween(today, baby.dueDate) / 7)),
        }
      : null;
  }
  const actual = ageBetween(baby.dateOfBirth, today);
  const early = baby.gestationWeeks !== null && baby.gestationWeeks < PRETERM_BEFORE_WEEKS;
  const young = addMonths(baby.dateOfBirth, CORRECT_UNTIL_MONTHS) > today;
  if (!early || !young || baby.gestationWeeks === null) return { kind: 'born', actual, corrected: null };
  const correctedDays = Math.max(0, actual.days - (TERM_WEEKS - baby.gestationWeeks) * 7);
  const termDate = new Date(
    Date.parse(`${baby.dateOfBirth}T00:00:00Z`) + (TERM_WEEKS - baby.gestationWeeks) * 7 * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  return {
    kind: 'born',
    actual,
    corrected: {
      days: correctedDays,
      weeks: Math.floor(correctedDays / 7),
      months: termDate > today ? 0 : Math.max(0, monthsBetween(termDate, today)),
    },
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "14 weeks (3 months)"; "2 days" for the first week. */
export function describeAge(age: Age): string {
  if (age.weeks === 0) return plural(age.days, 'day');
  return `${plural(age.weeks, 'week')} (${plural(age.months, 'month')})`;
}

/** The age line a record banner shows: actual, corrected if preterm, or the due date of a pregnancy. */
export function describeBabyAge(age: BabyAge | null): string {
  if (!age) return 'Age not known';
  if (age.kind === 'unborn') return `Due ${age.dueDate} (${plural(age.weeksToGo, 'week')} to go)`;
  const actual = describeAge(age.actual);
  return age.corrected ? `${actual}; corrected age ${describeAge(age.corrected)}` : actual;
}
