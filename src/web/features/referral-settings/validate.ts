import { isApiError } from '../../app/api-client';
import { isBlank, problemsFrom, type Problem } from '../../app/forms';
import type { ReferralSettings } from './api';
import { parseDeclineReasons, parsePostcodeAreas, parseSignposts } from './lines';

/** The form as typed: numbers and lists are text until saved. */
export type SettingsInput = {
  ageLimitMonths: string;
  acceptPregnancy: boolean;
  postcodeAreas: string;
  referralSources: ReferralSettings['referralSources'];
  targetWaitWeeks: string;
  urgentHelpText: string;
  ineligibleHelpText: string;
  declineReasons: string;
  signposts: string;
};

export const FIELDS = [
  'ageLimitMonths',
  'acceptPregnancy',
  'postcodeAreas',
  'referralSources',
  'targetWaitWeeks',
  'urgentHelpText',
  'ineligibleHelpText',
  'declineReasons',
  'signposts',
] as const;

function wholeNumber(text: string, min: number, max: number): number | null {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return n >= min && n <= max ? n : null;
}

/** The settings to save, or the problems to put right first. */
export function toSettings(input: SettingsInput, version: number): ReferralSettings | Problem[] {
  const problems: Problem[] = [];
  const ageLimitMonths = wholeNumber(input.ageLimitMonths, 1, 60);
  if (ageLimitMonths === null)
    problems.push({ field: 'ageLimitMonths', message: 'Enter an age limit between 1 and 60 months' });
  const areas = parsePostcodeAreas(input.postcodeAreas);
  problems.push(...areas.problems.map((message) => ({ field: 'postcodeAreas', message })));
  if (input.referralSources.length === 0)
    problems.push({ field: 'referralSources', message: 'Choose at least one kind of professional who can refer' });
  const targetWaitWeeks = wholeNumber(input.targetWaitWeeks, 1, 104);
  if (targetWaitWeeks === null)
    problems.push({ field: 'targetWaitWeeks', message: 'Enter a target between 1 and 104 weeks' });
  for (const field of ['urgentHelpText', 'ineligibleHelpText'] as const) {
    if (isBlank(input[field])) problems.push({ field, message: 'Enter the text to show' });
    else if (input[field].trim().length > 4000)
      problems.push({ field, message: 'The text must be 4,000 characters or fewer' });
  }
  const reasons = parseDeclineReasons(input.declineReasons);
  problems.push(...reasons.problems.map((message) => ({ field: 'declineReasons', message })));
  const signposts = parseSignposts(input.signposts);
  problems.push(...signposts.problems.map((message) => ({ field: 'signposts', message })));
  if (problems.length > 0 || ageLimitMonths === null || targetWaitWeeks === null) return problems;
  return {
    ageLimitMonths,
    acceptPregnancy: input.acceptPregnancy,
    postcodeAreas: areas.items,
    referralSources: input.referralSources,
    targetWaitWeeks,
    urgentHelpText: input.urgentHelpText.trim(),
    ineligibleHelpText: input.ineligibleHelpText.trim(),
    declineReasons: reasons.items,
    signposts: signposts.items,
    version,
  };
}

/** The API's refusal on the form's fields; an item of a list ("body.signposts.2.name") names its line. */
export function saveProblems(error: unknown): Problem[] {
  if (!isApiError(error) || error.code !== 'VALIDATION' || error.fields.length === 0)
    return problemsFrom(error, FIELDS, 'ageLimitMonths');
  return error.fields.map((f) => {
    const [, field = '', index] = /^body\.(\w+)(?:\.(\d+))?/.exec(f.path) ?? [];
    const known = (FIELDS as readonly string[]).includes(field);
    return {
      field: known ? field : 'ageLimitMonths',
      message: index === undefined ? f.message : `Line ${Number(index) + 1}: ${f.message}`,
    };
  });
}
