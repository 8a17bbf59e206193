import { problemsFrom, type Problem } from '../../app/forms';
import { dateFieldTarget } from '../../components/date-field';
import type { YesNo } from '../../components/yes-no';
import type { Answers, Draft, ReferralRoute } from './answers';
import type { BabyBody, ReferralBody } from './api';
import { toIsoDate } from './date-parts';
import { FIELD } from './fields';

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
const yesNo = (value: YesNo): boolean | undefined => (value === '' ? undefined : value === 'yes');

function babyBody(a: Answers): BabyBody {
  if (a.baby.kind === 'expected') return { kind: 'expected', dueDate: toIsoDate(a.baby.dueDate) ?? '' };
  return {
    kind: 'born',
    name: a.baby.name.trim(),
    dateOfBirth: toIsoDate(a.baby.dateOfBirth) ?? '',
    nhsNumber: optional(a.baby.nhsNumber),
  };
}

/**
 * The answers as the API takes them. Call it once the checks have passed: the consent boxes are
 * ticked, and the radios chosen. `website` is the hidden field only bots fill in.
 */
export function toReferralBody(draft: Draft, route: ReferralRoute, website: string): ReferralBody {
  const a = draft.answers;
  const c = a.contact;
  const common = {
    submissionId: draft.submissionId,
    parents: [
      {
        name: a.parent.name.trim(),
        dateOfBirth: toIsoDate(a.parent.dateOfBirth) ?? undefined,
        relationship: a.parent.relationship || 'other',
        phone: optional(c.phone),
        email: optional(c.email),
        preferredContact: c.preferredContact || undefined,
        safeToLeaveVoicemail: yesNo(c.voicemail),
        safeToText: yesNo(c.text),
        language: optional(c.language),
        interpreterNeeded: c.interpreter === 'yes',
        nhsNumber: optional(a.parent.nhsNumber),
      },
    ],
    baby: babyBody(a),
    postcode: optional(a.postcode),
    address: optional(c.address),
    worries: a.worries,
    worriesOther: a.worries.includes('other') ? optional(a.worriesOther) : undefined,
    details: optional(a.details),
    immediateRisk: a.immediateRisk === 'yes',
    website,
  };
  if (route === 'self') return { ...common, route, consent: true };
  const r = a.referrer;
  return {
    ...common,
    route,
    referrer: {
      name: r.name.trim(),
      role: r.role || 'other',
      roleOther: r.role === 'other' ? optional(r.roleOther) : undefined,
      organisation: r.organisation.trim(),
      phone: r.phone.trim(),
      email: r.email.trim(),
    },
    familyConsented: true,
  };
}

/** The API's field paths (without "body.") and the form fields they belong to. */
const FIELD_OF_PATH: Record<string, string> = {
  'parents.0.name': FIELD.parentName,
  'parents.0.dateOfBirth': dateFieldTarget(FIELD.parentDob),
  'parents.0.relationship': FIELD.parentRelationship,
  'parents.0.phone': FIELD.phone,
  'parents.0.email': FIELD.email,
  'parents.0.preferredContact': FIELD.preferredContact,
  'parents.0.safeToLeaveVoicemail': FIELD.voicemail,
  'parents.0.safeToText': FIELD.text,
  'parents.0.language': FIELD.language,
  'parents.0.interpreterNeeded': FIELD.interpreter,
  'parents.0.nhsNumber': FIELD.parentNhs,
  baby: FIELD.babyKind,
  'baby.kind': FIELD.babyKind,
  'baby.name': FIELD.babyName,
  'baby.dateOfBirth': dateFieldTarget(FIELD.babyDob),
  'baby.nhsNumber': FIELD.babyNhs,
  'baby.dueDate': dateFieldTarget(FIELD.dueDate),
  postcode: FIELD.postcode,
  address: FIELD.address,
  worries: FIELD.worries,
  worriesOther: FIELD.worriesOther,
  details: FIELD.details,
  immediateRisk: FIELD.immediateRisk,
  consent: FIELD.consent,
  familyConsented: FIELD.consent,
  'referrer.name': FIELD.referrerName,
  'referrer.role': FIELD.referrerRole,
  'referrer.roleOther': FIELD.referrerRoleOther,
  'referrer.organisation': FIELD.referrerOrganisation,
  'referrer.phone': FIELD.referrerPhone,
  'referrer.email': FIELD.referrerEmail,
};

/** A failed send as problems on the form's own fields (or one problem for the page). */
export const sendProblems = (error: unknown): Problem[] =>
  problemsFrom(error, Object.keys(FIELD_OF_PATH)).map((p) => ({
    message: p.message,
    field: p.field === undefined ? undefined : (FIELD_OF_PATH[p.field] ?? p.field),
  }));
