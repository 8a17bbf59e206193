import { z } from 'zod';
import {
  APPOINTMENT_PLACE_CODES,
  APPOINTMENT_STATUS_CODES,
  CARE_SETTING_CODES,
  CONSENT_SOUGHT_CODES,
  DISCHARGE_REASON_CODES,
  ETHNIC_CATEGORY_CODES,
  GENDER_CODES,
  LAWFUL_BASIS_CODES,
  PROFESSIONAL_ROLE_CODES,
  RISK_LEVEL_CODES,
  RISK_TYPE_CODES,
} from '../../../core/family-options';
import { CONTACT_METHOD_CODES, RELATIONSHIP_CODES } from '../../../core/referral-options';
import { ENTRY_MODE_CODES, TIMEPOINT_CODES } from '../../../core/measures/catalogue';
import { personContactAndConsent } from '../families';

/**
 * A FHIR R4 Bundle. Described loosely here (resources keep every element they carry): the tests
 * check the answer against the official FHIR R4 JSON schema.
 */
export const FhirBundle = z
  .looseObject({
    resourceType: z.literal('Bundle'),
    id: z.string(),
    type: z.literal('collection'),
    timestamp: z.string(),
    entry: z.array(
      z.looseObject({
        fullUrl: z.string(),
        resource: z.looseObject({ resourceType: z.string(), id: z.string() }),
      }),
    ),
  })
  .meta({ id: 'FhirBundle', description: 'A FHIR R4 Bundle of type collection (application/fhir+json).' });

// ---- Subject access ---------------------------------------------------------------------

/** Another person named in an item: someone whose details the reviewer may need to redact. */
const Named = z.object({ personId: z.uuid(), name: z.string().nullable() });
const OtherPeople = z.array(Named);

export const PersonDetails = z.object({
  personId: z.uuid(),
  familyId: z.uuid(),
  kind: z.enum(['carer', 'baby']),
  name: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  dueDate: z.string().nullable(),
  gestationWeeks: z.number().int().nullable(),
  nhsNumber: z.string().nullable(),
  gender: z.enum(GENDER_CODES).nullable(),
  ethnicity: z.enum(ETHNIC_CATEGORY_CODES).nullable(),
  relationships: z.array(
    z.object({ babyId: z.uuid(), babyName: z.string().nullable(), relationship: z.enum(RELATIONSHIP_CODES) }),
  ),
  ...personContactAndConsent,
  preferredContact: z.enum(CONTACT_METHOD_CODES).nullable(),
  recordedAt: z.string(),
  updatedAt: z.string(),
  otherPeople: OtherPeople,
});

const Episode = z.object({
  familyId: z.uuid(),
  name: z.string(),
  reference: z.string().nullable(),
  status: z.enum(['waiting', 'allocated', 'discharged']),
  referralDate: z.string(),
  acceptedAt: z.string(),
  allocatedAt: z.string().nullable(),
  careSetting: z.enum(CARE_SETTING_CODES),
  placementStart: z.string().nullable(),
  placementEnd: z.string().nullable(),
  firstContactOn: z.string().nullable(),
  assessmentOn: z.string().nullable(),
  interventionStartOn: z.string().nullable(),
  dischargedOn: z.string().nullable(),
  dischargeReason: z.enum(DISCHARGE_REASON_CODES).nullable(),
  dischargeSummary: z.string().nullable(),
  practitioner: z.string().nullable(),
  coWorker: z.string().nullable(),
  professionals: z.array(
    z.object({ role: z.enum(PROFESSIONAL_ROLE_CODES), name: z.string(), organisation: z.string().nullable() }),
  ),
  otherPeople: OtherPeople,
});

const Referral = z.object({
  id: z.uuid(),
  familyId: z.uuid().nullable(),
  reference: z.string(),
  route: z.enum(['self', 'professional']),
  receivedAt: z.string(),
  referralDate: z.string(),
  /** The form exactly as it was submitted. */
  submission: z.record(z.string(), z.unknown()),
  otherPeople: OtherPeople,
});

const Appointment = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  place: z.enum(APPOINTMENT_PLACE_CODES),
  status: z.enum(APPOINTMENT_STATUS_CODES),
  outcomeNote: z.string().nullable(),
  practitioner: z.string().nullable(),
  expected: OtherPeople,
  otherPeople: OtherPeople,
});

const CaseNote = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  noteDate: z.string(),
  signedAt: z.string().nullable(),
  author: z.string().nullable(),
  addendumTo: z.uuid().nullable(),
  body: z.string(),
  otherPeople: OtherPeople,
});

const RiskFlag = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  type: z.enum(RISK_TYPE_CODES),
  level: z.enum(RISK_LEVEL_CODES),
  summary: z.string(),
  raisedOn: z.string(),
  reviewOn: z.string(),
  raisedBy: z.string().nullable(),
  closedOn: z.string().nullable(),
  closedReason: z.string().nullable(),
  /** A safeguarding entry: check whether an exemption applies before it is disclosed. */
  restricted: z.boolean(),
  otherPeople: OtherPeople,
});

const Disclosure = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  disclosedOn: z.string(),
  recipient: z.string(),
  recipientOrganisation: z.string().nullable(),
  information: z.string(),
  about: OtherPeople,
  lawfulBasis: z.enum(LAWFUL_BASIS_CODES),
  consent: z.enum(CONSENT_SOUGHT_CODES),
  reason: z.string(),
  recordedBy: z.string().nullable(),
  otherPeople: OtherPeople,
});

const MeasureEntry = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  measure: z.string(),
  timepoint: z.enum(TIMEPOINT_CODES),
  completedOn: z.string(),
  mode: z.enum(ENTRY_MODE_CODES),
  total: z.number().nullable(),
  band: z.string().nullable(),
  /** Each item: its wording (or the goal) where the service holds it, and the answer given. */
  answers: z.array(
    z.object({ item: z.number().int(), question: z.string().nullable(), answer: z.string().nullable() }),
  ),
  recordedBy: z.string().nullable(),
  /** Entered in error, and why; kept because it was held. */
  withdrawnReason: z.string().nullable(),
  otherPeople: OtherPeople,
});

const GoalEntry = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  text: z.string(),
  setOn: z.string(),
  closedOn: z.string().nullable(),
  otherPeople: OtherPeople,
});

const ScoredElsewhereEntry = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  tool: z.string(),
  timepoint: z.enum(TIMEPOINT_CODES),
  scoredOn: z.string(),
  score: z.number().nullable(),
  result: z.string().nullable(),
  notes: z.string().nullable(),
  /** Whom the score is about; null for the carer and baby together. */
  about: Named.nullable(),
  otherPeople: OtherPeople,
});

const SecureBaseEntry = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  reviewedOn: z.string(),
  careSetting: z.string(),
  child: Named.nullable(),
  carer: Named.nullable(),
  dimensions: z.array(
    z.object({ dimension: z.string(), carer: z.number(), child: z.number(), evidence: z.string(), goals: z.string() }),
  ),
  summary: z.string().nullable(),
  otherPeople: OtherPeople,
});

const AttachmentEntry = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  observedOn: z.string(),
  observedBy: z.string(),
  setting: z.string().nullable(),
  child: Named.nullable(),
  carer: Named.nullable(),
  features: z.array(z.object({ feature: z.string(), seen: z.string(), description: z.string() })),
  otherPeople: OtherPeople,
});

const InteractionEntry = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  observedOn: z.string(),
  source: z.enum(['live', 'recording']),
  context: z.string().nullable(),
  durationMs: z.number().int(),
  /** How many events were coded. */
  events: z.number().int(),
  /** Bids met by a contingent response, mismatches repaired (shares, 0–1), and the median time to repair. */
  contingencyRate: z.number().nullable(),
  shareRepaired: z.number().nullable(),
  medianRepairMs: z.number().nullable(),
  notes: z.string().nullable(),
  child: Named.nullable(),
  carer: Named.nullable(),
  otherPeople: OtherPeople,
});

export const SubjectAccessOutcomes = z.object({
  measures: z.array(MeasureEntry),
  goals: z.array(GoalEntry),
  scoredElsewhere: z.array(ScoredElsewhereEntry),
  secureBaseReviews: z.array(SecureBaseEntry),
  attachmentObservations: z.array(AttachmentEntry),
  interactionObservations: z.array(InteractionEntry),
});
export type SubjectAccessOutcomes = z.infer<typeof SubjectAccessOutcomes>;

export const SubjectAccess = z
  .object({
    generatedAt: z.string(),
    service: z.string(),
    subject: z.object({
      personId: z.uuid(),
      familyId: z.uuid(),
      kind: z.enum(['carer', 'baby']),
      name: z.string().nullable(),
    }),
    /** Other people named anywhere below, with the words that name them: for the reviewer to redact. */
    redactionCandidates: z.array(z.object({ personId: z.uuid(), name: z.string(), terms: z.array(z.string()) })),
    /** The person's record in each episode they appear in; the one asked about first. */
    personRecords: z.array(PersonDetails),
    episodes: z.array(Episode),
    referrals: z.array(Referral),
    appointments: z.array(Appointment),
    caseNotes: z.array(CaseNote),
    riskFlags: z.array(RiskFlag),
    disclosures: z.array(Disclosure),
    /** Outcome measures and attachment assessments. */
    outcomes: SubjectAccessOutcomes,
  })
  .meta({ id: 'SubjectAccess' });
export type SubjectAccess = z.infer<typeof SubjectAccess>;
