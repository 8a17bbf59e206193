import { todayInLondon } from '../../../core/dates';
import { problemsFrom, type Problem } from '../../app/forms';
import { readableDates } from '../../app/format';
import { dateFieldTarget, type DateParts } from '../../components/date-field';
import { dateProblem, toIsoDate } from '../refer/date-parts';

/**
 * The API's problems with a form, attached to the form's own element ids: `fields` maps the API's
 * field names (`reviewOn`) to ids on the page (`raise-reviewOn-day`). Dates in messages are made readable.
 */
export function serverProblems(error: unknown, fields: Record<string, string>, fallback: string): Problem[] {
  return problemsFrom(error, Object.keys(fields), fallback).map((p) => ({
    message: readableDates(p.message),
    field: p.field === undefined ? undefined : (fields[p.field] ?? p.field),
  }));
}

type DateRule = { what: string; required?: string; notFuture?: boolean };

/** What is wrong with a date field, linked to its day box; an empty list when it is fine. */
export function dateProblems(id: string, value: DateParts, rule: DateRule): Problem[] {
  const problem = dateProblem(value, rule.what, rule.required);
  if (problem) return [{ field: dateFieldTarget(id), message: problem }];
  const iso = toIsoDate(value);
  if (rule.notFuture && iso && iso > todayInLondon())
    return [{ field: dateFieldTarget(id), message: `${rule.what} must be today or in the past` }];
  return [];
}

/** A problem when trimmed text is empty or too long. */
export function textProblems(id: string, value: string, required: string | undefined, max: number): Problem[] {
  const trimmed = value.trim();
  if (trimmed === '' && required) return [{ field: id, message: required }];
  if (trimmed.length > max)
    return [{ field: id, message: `Must be ${max.toLocaleString('en-GB')} characters or fewer` }];
  return [];
}

/** A date as the day, month and year boxes take it, for a hint: "2027-02-26" → "26 2 2027". */
export function asDateBoxes(iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  return `${String(Number(day))} ${String(Number(month))} ${year}`;
}
