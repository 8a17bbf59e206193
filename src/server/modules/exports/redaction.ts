import type { PersonRow } from './queries';

// Helps whoever answers a subject access request see where other people's details appear, so they
// can redact them. It only points: the reviewer decides. It errs towards pointing too often (a
// first name alone counts), since a name missed is worse than a name looked at twice.

/** A person in the record other than the one asking, and the words that would name them. */
export type OtherPerson = { personId: string; name: string | null; terms: string[] };

const words = (name: string) => name.split(/\s+/).filter((w) => w.length > 0);

const lower = (s: string) => s.toLocaleLowerCase('en-GB');

/**
 * Words that can start a recorded name without being one: a newborn is often recorded as "Baby
 * Smith" until named, and blacking out every "baby" would hide the record's meaning.
 */
const NOT_A_FIRST_NAME = new Set(['baby', 'babe', 'infant', 'unborn', 'twin', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

/**
 * The words that name `person` in free text: their full name and their first name, leaving out any
 * word of the subject's own name (a family name they share would otherwise hide the subject too).
 */
export function termsFor(person: PersonRow, subjectName: string | null): string[] {
  if (!person.name) return [];
  const own = new Set(words(subjectName ?? '').map(lower));
  const full = person.name.trim();
  const first = words(full)[0];
  const terms = [full];
  const given = first?.replace(/\.$/, '');
  if (given && given.length > 1 && first !== full && !own.has(lower(given)) && !NOT_A_FIRST_NAME.has(lower(given))) {
    terms.push(given);
  }
  return terms.filter((t) => !own.has(lower(t)));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `term` appears in `text` as whole words, whatever the case. */
export function mentions(text: string, term: string): boolean {
  if (!term) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * Is `b` the same human as `a`, recorded in another episode of the family? The same kind of person
 * with the same NHS number, or the same name and date of birth (as duplicate referrals are found),
 * or for a baby the same due date.
 */
export function samePerson(a: PersonRow, b: PersonRow): boolean {
  if (a.id === b.id) return true;
  if (a.kind !== b.kind) return false;
  if (a.nhsNumber && b.nhsNumber) return a.nhsNumber === b.nhsNumber;
  const sameName = !!a.name && !!b.name && lower(a.name.trim()) === lower(b.name.trim());
  if (sameName && a.dateOfBirth && a.dateOfBirth === b.dateOfBirth) return true;
  return a.kind === 'baby' && !!a.dueDate && a.dueDate === b.dueDate && (sameName || !a.name || !b.name);
}

/**
 * Who else an item names: the people it is explicitly about (`about`, e.g. others expected at an
 * appointment) and anyone whose name appears in its `texts`. Each person once, in the record's order.
 */
export function othersIn(others: OtherPerson[], texts: (string | null | undefined)[], about: string[] = []) {
  const joined = texts.filter((t): t is string => !!t).join('\n');
  const linked = new Set(about);
  return others
    .filter((o) => linked.has(o.personId) || o.terms.some((t) => mentions(joined, t)))
    .map((o) => ({ personId: o.personId, name: o.name }));
}

/** Every string inside a JSON value (a referral as it was submitted), for looking for names in it. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
