import { addMonths, todayInLondon } from '../../../core/dates';
import { normalisePostcode } from '../../../core/eligibility';
import { checkNhsNumber } from '../../../core/nhs-number';
import { isBlank, type Problem } from '../../app/forms';
import { dateFieldTarget } from '../../components/date-field';
import type { Answers, ReferralRoute } from './answers';
import { dateProblem, toIsoDate } from './date-parts';
import { FIELD } from './fields';

/**
 * Checks on the referral forms, a part at a time, before anything is sent. They mirror the API's
 * own checks (which still decide), in words for the person filling in the form: "you" on a
 * self-referral, "the parent or carer" on a professional referral.
 */
const self = (who: ReferralRoute) => who === 'self';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_FORMAT = 'Enter an email address in the correct format, like name@example.com';

/** The API's length limits, said in words: "Your full name must be 200 characters or fewer". */
function tooLong(field: string, value: string, max: number, what: string): Problem[] {
  return value.trim().length > max
    ? [{ field, message: `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` }]
    : [];
}

function nhsNumberProblem(value: string): string | undefined {
  if (isBlank(value)) return undefined;
  const check = checkNhsNumber(value);
  return check.valid ? undefined : check.reason;
}

function pastDateProblems(field: string, value: Answers['baby']['dateOfBirth'], what: string, required?: string) {
  const problem = dateProblem(value, what, required);
  if (problem) return [{ field: dateFieldTarget(field), message: problem }];
  const iso = toIsoDate(value);
  if (iso && iso > todayInLondon())
    return [{ field: dateFieldTarget(field), message: `${what} must be today or in the past` }];
  return [];
}

export function parentProblems(a: Answers, who: ReferralRoute): Problem[] {
  const problems: Problem[] = [];
  if (isBlank(a.parent.name))
    problems.push({
      field: FIELD.parentName,
      message: self(who) ? 'Enter your full name' : 'Enter the full name of the parent or carer',
    });
  problems.push(...tooLong(FIELD.parentName, a.parent.name, 200, 'The name'));
  problems.push(...pastDateProblems(FIELD.parentDob, a.parent.dateOfBirth, 'Date of birth'));
  if (!a.parent.relationship)
    problems.push({
      field: FIELD.parentRelationship,
      message: self(who) ? 'Choose how you are related to the baby' : 'Choose how they are related to the baby',
    });
  const nhs = nhsNumberProblem(a.parent.nhsNumber);
  if (nhs) problems.push({ field: FIELD.parentNhs, message: nhs });
  if (!isBlank(a.postcode) && !normalisePostcode(a.postcode))
    problems.push({ field: FIELD.postcode, message: 'Enter a full UK postcode, like OX4 1AB' });
  return problems;
}

export function babyProblems(a: Answers, who: ReferralRoute): Problem[] {
  const baby = self(who) ? 'your baby' : 'the baby';
  const Baby = self(who) ? 'Your baby' : 'The baby';
  if (!a.baby.kind) return [{ field: FIELD.babyKind, message: `Tell us whether ${baby} has been born` }];
  if (a.baby.kind === 'expected') {
    const problem = dateProblem(a.baby.dueDate, 'The due date', 'Enter the due date');
    if (problem) return [{ field: dateFieldTarget(FIELD.dueDate), message: problem }];
    const due = toIsoDate(a.baby.dueDate) ?? '';
    const today = todayInLondon();
    if (due < addMonths(today, -1) || due > addMonths(today, 10))
      return [{ field: dateFieldTarget(FIELD.dueDate), message: 'The due date must be within the next 10 months' }];
    return [];
  }
  const problems: Problem[] = [];
  if (isBlank(a.baby.name)) problems.push({ field: FIELD.babyName, message: `Enter ${baby}'s name` });
  problems.push(...tooLong(FIELD.babyName, a.baby.name, 200, 'The name'));
  problems.push(
    ...pastDateProblems(FIELD.babyDob, a.baby.dateOfBirth, `${Baby}'s date of birth`, `Enter ${baby}'s date of birth`),
  );
  const nhs = nhsNumberProblem(a.baby.nhsNumber);
  if (nhs) problems.push({ field: FIELD.babyNhs, message: nhs });
  return problems;
}

export function worryProblems(a: Answers, who: ReferralRoute): Problem[] {
  const problems: Problem[] = [];
  if (a.worries.length === 0)
    problems.push({
      field: FIELD.worries,
      message: self(who) ? 'Choose at least one thing you are worried about' : 'Choose at least one worry',
    });
  if (a.worries.includes('other') && isBlank(a.worriesOther))
    problems.push({
      field: FIELD.worriesOther,
      message: self(who) ? 'Tell us what else you are worried about' : 'Tell us what else is worrying the family',
    });
  problems.push(...tooLong(FIELD.worriesOther, a.worriesOther, 500, 'This'));
  problems.push(...tooLong(FIELD.details, a.details, 5000, 'This'));
  return problems;
}

export function contactProblems(a: Answers, who: ReferralRoute): Problem[] {
  const c = a.contact;
  const you = self(who) ? 'you' : 'them';
  const problems: Problem[] = [];
  const hasPhone = !isBlank(c.phone);
  if (!c.preferredContact)
    problems.push({
      field: FIELD.preferredContact,
      message: self(who)
        ? 'Choose how you would like us to contact you'
        : 'Choose how they would like us to contact them',
    });
  if ((c.preferredContact === 'phone' || c.preferredContact === 'text') && !hasPhone)
    problems.push({ field: FIELD.phone, message: `Enter a phone number, so we can contact ${you}` });
  if (c.preferredContact === 'email' && isBlank(c.email))
    problems.push({ field: FIELD.email, message: `Enter an email address, so we can contact ${you}` });
  else if (!isBlank(c.email) && !EMAIL.test(c.email.trim()))
    problems.push({ field: FIELD.email, message: EMAIL_FORMAT });
  if (c.preferredContact === 'letter' && isBlank(c.address))
    problems.push({ field: FIELD.address, message: `Enter an address, so we can write to ${you}` });
  problems.push(...tooLong(FIELD.phone, c.phone, 40, 'The phone number'));
  problems.push(...tooLong(FIELD.address, c.address, 500, 'The address'));
  problems.push(...tooLong(FIELD.language, c.language, 100, 'The language'));
  if (hasPhone && !c.voicemail)
    problems.push({ field: FIELD.voicemail, message: 'Tell us whether it is safe to leave a voicemail' });
  if (hasPhone && !c.text)
    problems.push({ field: FIELD.text, message: 'Tell us whether it is safe to send text messages' });
  return problems;
}

export function riskProblems(a: Answers): Problem[] {
  return a.immediateRisk
    ? []
    : [{ field: FIELD.immediateRisk, message: 'Tell us whether anyone is at immediate risk of harm' }];
}

export function consentProblems(a: Answers, who: ReferralRoute): Problem[] {
  if (a.consent) return [];
  return [
    {
      field: FIELD.consent,
      message: self(who)
        ? 'Tick the box to agree, so that we can take your referral'
        : 'The family must agree to this referral before you send it',
    },
  ];
}

export function referrerProblems(a: Answers, sources: readonly string[]): Problem[] {
  const r = a.referrer;
  const problems: Problem[] = [];
  if (isBlank(r.name)) problems.push({ field: FIELD.referrerName, message: 'Enter your full name' });
  if (!r.role || !sources.includes(r.role)) problems.push({ field: FIELD.referrerRole, message: 'Choose your role' });
  else if (r.role === 'other' && isBlank(r.roleOther))
    problems.push({ field: FIELD.referrerRoleOther, message: 'Tell us your role' });
  problems.push(...tooLong(FIELD.referrerName, r.name, 200, 'Your name'));
  problems.push(...tooLong(FIELD.referrerRoleOther, r.roleOther, 100, 'Your role'));
  if (isBlank(r.organisation)) problems.push({ field: FIELD.referrerOrganisation, message: 'Enter your organisation' });
  if (isBlank(r.phone))
    problems.push({ field: FIELD.referrerPhone, message: 'Enter a phone number we can reach you on' });
  problems.push(...tooLong(FIELD.referrerOrganisation, r.organisation, 200, 'Your organisation'));
  problems.push(...tooLong(FIELD.referrerPhone, r.phone, 40, 'The phone number'));
  if (isBlank(r.email)) problems.push({ field: FIELD.referrerEmail, message: 'Enter your work email address' });
  else if (!EMAIL.test(r.email.trim())) problems.push({ field: FIELD.referrerEmail, message: EMAIL_FORMAT });
  return problems;
}
