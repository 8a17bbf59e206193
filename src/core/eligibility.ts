import { monthsBetween, type IsoDate } from './dates';

/** A service's eligibility rules, set by its admin. */
export type EligibilityRules = {
  /** Babies younger than this many months on the referral date are eligible (default 24). */
  ageLimitMonths: number;
  /** Whether a pregnancy (an expected due date, no baby yet) is eligible. */
  acceptPregnancy: boolean;
  /** Postcode areas ("OX"), districts ("OX4") or sectors ("OX4 1") served; empty means anywhere. */
  postcodeAreas: string[];
};

export const DEFAULT_ELIGIBILITY: EligibilityRules = { ageLimitMonths: 24, acceptPregnancy: true, postcodeAreas: [] };

export type EligibilityFacts = {
  referralDate: IsoDate;
  babyDateOfBirth: IsoDate | null;
  dueDate: IsoDate | null;
  postcode: string | null;
};

/** eligible / ineligible, or check: a person must look (e.g. no postcode given where areas are set). */
export type Eligibility = { status: 'eligible' | 'ineligible' | 'check'; reasons: string[] };

/** "ox41ab" → "OX4 1AB"; null if it is not shaped like a UK postcode. */
export function normalisePostcode(input: string): string | null {
  const raw = input.toUpperCase().replace(/\s+/g, '');
  if (!/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(raw)) return null;
  return `${raw.slice(0, -3)} ${raw.slice(-3)}`;
}

function inAreas(postcode: string, areas: string[]): boolean {
  const outward = postcode.split(' ')[0] ?? '';
  const area = /^[A-Z]+/.exec(outward)?.[0] ?? '';
  return areas.some((raw) => {
    const entry = raw.trim().toUpperCase().replace(/\s+/g, ' ');
    if (/^[A-Z]{1,2}$/.test(entry)) return area === entry;
    if (entry.includes(' ')) return postcode.startsWith(entry);
    return outward === entry;
  });
}

/** Decides eligibility from the facts on a referral; every "no" says why, in plain words. */
export function assessEligibility(facts: EligibilityFacts, rules: EligibilityRules): Eligibility {
  const no: string[] = [];
  const unsure: string[] = [];
  if (facts.babyDateOfBirth) {
    const months = monthsBetween(facts.babyDateOfBirth, facts.referralDate);
    if (months >= rules.ageLimitMonths) {
      no.push(`The baby is ${months} months old; the service works with babies under ${rules.ageLimitMonths} months.`);
    }
  } else if (facts.dueDate) {
    if (!rules.acceptPregnancy) no.push('The service starts working with families once the baby is born.');
  } else {
    unsure.push("Neither the baby's date of birth nor a due date was given.");
  }
  if (rules.postcodeAreas.length > 0) {
    const postcode = facts.postcode ? normalisePostcode(facts.postcode) : null;
    if (!postcode) unsure.push('No postcode was given, so the area could not be checked.');
    else if (!inAreas(postcode, rules.postcodeAreas)) no.push(`${postcode} is outside the area the service covers.`);
  }
  const status = no.length > 0 ? 'ineligible' : unsure.length > 0 ? 'check' : 'eligible';
  return { status, reasons: [...no, ...unsure] };
}
