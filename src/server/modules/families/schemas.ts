import { z } from 'zod';
import { todayInLondon } from '../../../core/dates';
import {
  APPOINTMENT_PLACE_CODES,
  CARE_SETTING_CODES,
  DISCHARGE_REASON_CODES,
  ETHNIC_CATEGORY_CODES,
  GENDER_CODES,
  PROFESSIONAL_ROLE_CODES,
} from '../../../core/family-options';
import { CONTACT_METHOD_CODES, PRIORITY_CODES, RELATIONSHIP_CODES } from '../../../core/referral-options';
import {
  blankable,
  Email,
  IsoDate,
  NhsNumber,
  optionalText,
  pastDate,
  Postcode,
  text,
  Version,
} from '../../platform/fields';

export const FamilyId = z.object({ id: z.uuid('Not a family id') });

export const Allocate = z
  .object({
    version: z.number().int().min(1),
    practitionerId: z.uuid('Choose a practitioner'),
    coWorkerId: z.uuid('Choose a co-worker').nullable().default(null),
  })
  .refine((v) => v.coWorkerId !== v.practitionerId, {
    path: ['coWorkerId'],
    message: 'The co-worker must be someone else',
  });
export type Allocate = z.infer<typeof Allocate>;

export const FamilySummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    reference: z.string(),
    source: z.string(),
    status: z.enum(['waiting', 'allocated', 'discharged']),
    priority: z.enum(PRIORITY_CODES),
    referralDate: z.string(),
    daysWaiting: z.number().int(),
    waitBand: z.enum(['within', 'near', 'over']),
    practitioner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    coWorker: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    allocatedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'FamilySummary' });

export const WaitingList = z.object({ targetWeeks: z.number().int(), families: z.array(FamilySummary) });
/**
 * One piece of outstanding measure work on a family (the measure-links module works it out; it is
 * declared here because the caseload answers it).
 */
export const OutstandingMeasure = z
  .object({
    kind: z.enum([
      'alert',
      'assessment-not-given',
      'review-due',
      'discharge-not-given',
      'link-waiting',
      'link-expired',
    ]),
    label: z.string(),
    count: z.number().int().nullable(),
    lastGivenOn: z.string().nullable(),
    /** For discharge measures due: when the work is planned to end. */
    plannedEndOn: z.string().nullable(),
  })
  .meta({ id: 'OutstandingMeasure' });
export type OutstandingMeasure = z.infer<typeof OutstandingMeasure>;

export const CaseloadFamily = FamilySummary.extend({
  nextAppointment: z.object({ startsAt: z.string(), place: z.enum(APPOINTMENT_PLACE_CODES) }).nullable(),
  lastContactOn: z.string().nullable(),
  daysSinceLastContact: z.number().int().nullable(),
  outstanding: z.object({
    overdueReviews: z.number().int(),
    draftNotes: z.number().int(),
    outcomesToRecord: z.number().int(),
    /** Measure work: alerts to act on, measures not given or due, parent links waiting or expired. */
    measures: z.array(OutstandingMeasure),
  }),
}).meta({ id: 'CaseloadFamily' });
export const Caseload = z.object({ families: z.array(CaseloadFamily) });
export const TeamCaseloads = z.object({
  practitioners: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      role: z.string(),
      size: z.number().int(),
      families: z.array(CaseloadFamily),
    }),
  ),
});
export const Allocatable = z.object({
  people: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.string(), caseload: z.number().int() })),
});

const Named = z.object({ id: z.uuid(), name: z.string() });
const nullableDate = blankable(IsoDate).transform((v) => v ?? null);

const Relationship = z.object({
  babyId: z.uuid('Choose a baby'),
  relationship: z.enum(RELATIONSHIP_CODES, 'Choose how they are related to the baby'),
});

/** A parent or carer, as entered or changed on the record. */
const CarerFields = z.object({
  name: text(200, 'Enter their full name'),
  dateOfBirth: blankable(pastDate('Date of birth')).transform((v) => v ?? null),
  nhsNumber: blankable(NhsNumber).transform((v) => v ?? null),
  gender: z.enum(GENDER_CODES, 'Choose a gender').nullable().default(null),
  ethnicity: z.enum(ETHNIC_CATEGORY_CODES, 'Choose an ethnic category').nullable().default(null),
  relationships: z.array(Relationship).max(10).default([]),
  phone: optionalText(40).transform((v) => v ?? null),
  email: blankable(Email).transform((v) => v ?? null),
  address: optionalText(500).transform((v) => v ?? null),
  postcode: blankable(Postcode).transform((v) => v ?? null),
  preferredContact: z.enum(CONTACT_METHOD_CODES, 'Choose how to contact them').nullable().default(null),
  safeToLeaveVoicemail: z.boolean().nullable().default(null),
  safeToText: z.boolean().nullable().default(null),
  language: optionalText(100).transform((v) => v ?? null),
  interpreterNeeded: z.boolean().default(false),
  consentToService: z.boolean().nullable().default(null),
  consentRecordedOn: nullableDate.refine((d) => d === null || d <= todayInLondon(), 'Must be today or in the past'),
  sharingPreferences: optionalText(2000).transform((v) => v ?? null),
});

/** A baby, or a pregnancy (a due date and no date of birth yet). */
const BabyFields = z.object({
  name: optionalText(200).transform((v) => v ?? null),
  dateOfBirth: blankable(pastDate("The baby's date of birth")).transform((v) => v ?? null),
  dueDate: nullableDate,
  gestationWeeks: z
    .number()
    .int()
    .min(22, 'Enter weeks from 22 to 44')
    .max(44, 'Enter weeks from 22 to 44')
    .nullable()
    .default(null),
  nhsNumber: blankable(NhsNumber).transform((v) => v ?? null),
  gender: z.enum(GENDER_CODES, 'Choose a gender').nullable().default(null),
  ethnicity: z.enum(ETHNIC_CATEGORY_CODES, 'Choose an ethnic category').nullable().default(null),
});

function checkBaby(
  p: { kind: 'carer' } | { kind: 'baby'; name: string | null; dateOfBirth: string | null; dueDate: string | null },
  ctx: z.RefinementCtx,
) {
  if (p.kind !== 'baby') return;
  if (!p.dateOfBirth && !p.dueDate) {
    ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: "Enter the baby's date of birth or the due date" });
  }
  if (p.dateOfBirth && !p.name) ctx.addIssue({ code: 'custom', path: ['name'], message: "Enter the baby's name" });
}

export const NewPerson = z
  .discriminatedUnion('kind', [
    CarerFields.extend({ kind: z.literal('carer') }),
    BabyFields.extend({ kind: z.literal('baby') }),
  ])
  .superRefine(checkBaby);
export type NewPerson = z.infer<typeof NewPerson>;

const Change = { version: Version, active: z.boolean().default(true) };
export const ChangePerson = z
  .discriminatedUnion('kind', [
    CarerFields.extend({ kind: z.literal('carer'), ...Change }),
    BabyFields.extend({ kind: z.literal('baby'), ...Change }),
  ])
  .superRefine(checkBaby);
export type ChangePerson = z.infer<typeof ChangePerson>;

export const PersonParams = z.object({ id: z.uuid('Not a family id'), personId: z.uuid('Not a person id') });
export const ProfessionalParams = z.object({ id: z.uuid('Not a family id'), professionalId: z.uuid('Not an id') });

export const ProfessionalFields = z.object({
  role: z.enum(PROFESSIONAL_ROLE_CODES, 'Choose their role'),
  name: text(200, 'Enter their name'),
  organisation: optionalText(200).transform((v) => v ?? null),
  phone: optionalText(40).transform((v) => v ?? null),
  email: blankable(Email).transform((v) => v ?? null),
});
export type ProfessionalFields = z.infer<typeof ProfessionalFields>;
export const ChangeProfessional = ProfessionalFields.extend({ version: Version, active: z.boolean().default(true) });
export type ChangeProfessional = z.infer<typeof ChangeProfessional>;

/** The record's own details: care setting, placement and the key dates of the work. */
export const ChangeFamily = z
  .object({
    version: Version,
    careSetting: z.enum(CARE_SETTING_CODES, 'Choose the care setting'),
    placementStart: nullableDate,
    placementEnd: nullableDate,
    firstContactOn: nullableDate,
    assessmentOn: nullableDate,
    interventionStartOn: nullableDate,
    /** When the work is planned to end; may be ahead. */
    plannedEndOn: nullableDate.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.placementStart && f.placementEnd && f.placementEnd < f.placementStart) {
      ctx.addIssue({ code: 'custom', path: ['placementEnd'], message: 'The placement must end after it starts' });
    }
    for (const key of ['firstContactOn', 'assessmentOn', 'interventionStartOn'] as const) {
      const d = f[key];
      if (d && d > todayInLondon())
        ctx.addIssue({ code: 'custom', path: [key], message: 'Must be today or in the past' });
    }
  });
export type ChangeFamily = z.infer<typeof ChangeFamily>;

export const Discharge = z.object({
  version: Version,
  reason: z.enum(DISCHARGE_REASON_CODES, 'Choose why the work is ending'),
  summary: text(10_000, 'Write a discharge summary'),
  dischargedOn: pastDate('The discharge date').optional(),
});
export type Discharge = z.infer<typeof Discharge>;

/** How to reach a person safely, what they have agreed to, and whether they are still involved. */
export const personContactAndConsent = {
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  preferredContact: z.string().nullable(),
  safeToLeaveVoicemail: z.boolean().nullable(),
  safeToText: z.boolean().nullable(),
  language: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  consentToService: z.boolean().nullable(),
  consentRecordedOn: z.string().nullable(),
  sharingPreferences: z.string().nullable(),
  active: z.boolean(),
};

const Age = z.object({ days: z.number().int(), weeks: z.number().int(), months: z.number().int() });

export const Person = z
  .object({
    id: z.uuid(),
    kind: z.enum(['carer', 'baby']),
    name: z.string().nullable(),
    dateOfBirth: z.string().nullable(),
    dueDate: z.string().nullable(),
    gestationWeeks: z.number().int().nullable(),
    /** For a baby: actual age, corrected age if born preterm, or weeks to the due date; as words too. */
    age: z
      .object({
        actual: Age.nullable(),
        corrected: Age.nullable(),
        weeksToGo: z.number().int().nullable(),
        text: z.string(),
      })
      .nullable(),
    nhsNumber: z.string().nullable(),
    gender: z.string().nullable(),
    ethnicity: z.string().nullable(),
    relationships: z.array(Relationship),
    ...personContactAndConsent,
    version: z.number().int(),
  })
  .meta({ id: 'FamilyPerson' });

export const Professional = z
  .object({
    id: z.uuid(),
    role: z.enum(PROFESSIONAL_ROLE_CODES),
    name: z.string(),
    organisation: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    active: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'FamilyProfessional' });

const KeyDate = z.object({ on: z.string().nullable(), daysFromPrevious: z.number().int().nullable() });

export const FamilyRecord = z
  .object({
    id: z.uuid(),
    name: z.string(),
    reference: z.string(),
    status: z.enum(['waiting', 'allocated', 'discharged']),
    priority: z.enum(PRIORITY_CODES),
    careSetting: z.enum(CARE_SETTING_CODES),
    placementStart: z.string().nullable(),
    placementEnd: z.string().nullable(),
    /** When the work is planned to end. */
    plannedEndOn: z.string().nullable(),
    practitioner: Named.nullable(),
    coWorker: Named.nullable(),
    /** Referral, first contact, assessment, start of intervention and discharge, with the wait between each. */
    keyDates: z.object({
      referral: KeyDate,
      firstContact: KeyDate,
      assessment: KeyDate,
      interventionStart: KeyDate,
      discharge: KeyDate,
    }),
    discharge: z.object({ reason: z.enum(DISCHARGE_REASON_CODES), summary: z.string(), on: z.string() }).nullable(),
    previousEpisode: z
      .object({ id: z.uuid(), referralDate: z.string(), dischargedOn: z.string().nullable() })
      .nullable(),
    laterEpisode: z.object({ id: z.uuid(), referralDate: z.string(), status: z.string() }).nullable(),
    people: z.array(Person),
    professionals: z.array(Professional),
    /** Active risk flags the caller may see, for the banner. */
    flags: z.array(
      z.object({ id: z.uuid(), type: z.string(), level: z.string(), reviewOn: z.string(), overdue: z.boolean() }),
    ),
    /** Measure results with a critical answer nobody has acknowledged (0 for non-clinical roles). */
    alerts: z.number().int(),
    /** What the caller may do here, so the page offers only that. */
    can: z.object({
      edit: z.boolean(),
      readNotes: z.boolean(),
      writeNotes: z.boolean(),
      seeSafeguarding: z.boolean(),
      discharge: z.boolean(),
      seeAccessLog: z.boolean(),
    }),
    version: z.number().int(),
  })
  .meta({ id: 'FamilyRecord' });

export const AccessLog = z.object({
  events: z.array(z.object({ at: z.string(), by: z.string().nullable(), action: z.string(), entityType: z.string() })),
});
