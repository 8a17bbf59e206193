import type {
  CareSetting,
  RISK_LEVEL_CODES,
  RiskType,
  APPOINTMENT_PLACE_CODES,
  AppointmentStatus,
} from '../../../core/family-options';
import type { EntryMode, Timepoint } from '../../../core/measures/catalogue';
import { api } from '../../app/api-client';
import { familyKeys, familyPath, type ContactAndConsent, type PersonIdentity } from '../family/api';

/** Another person an item names: someone whose details the reviewer may need to redact. */
export type Named = { personId: string; name: string | null };

export type PersonDetails = PersonIdentity &
  ContactAndConsent & {
    personId: string;
    familyId: string;
    kind: 'carer' | 'baby';
    name: string | null;
    dateOfBirth: string | null;
    dueDate: string | null;
    gestationWeeks: number | null;
    relationships: { babyId: string; babyName: string | null; relationship: string }[];
    active: boolean;
    recordedAt: string;
    updatedAt: string;
    otherPeople: Named[];
  };

export type Episode = {
  familyId: string;
  name: string;
  reference: string | null;
  status: 'waiting' | 'allocated' | 'discharged';
  referralDate: string;
  acceptedAt: string;
  allocatedAt: string | null;
  careSetting: CareSetting;
  placementStart: string | null;
  placementEnd: string | null;
  firstContactOn: string | null;
  assessmentOn: string | null;
  interventionStartOn: string | null;
  dischargedOn: string | null;
  dischargeReason: string | null;
  dischargeSummary: string | null;
  practitioner: string | null;
  coWorker: string | null;
  professionals: { role: string; name: string; organisation: string | null }[];
  otherPeople: Named[];
};

export type Referral = {
  id: string;
  familyId: string | null;
  reference: string;
  route: 'self' | 'professional';
  receivedAt: string;
  referralDate: string;
  submission: Record<string, unknown>;
  otherPeople: Named[];
};

export type Appointment = {
  id: string;
  familyId: string;
  startsAt: string;
  durationMinutes: number;
  place: (typeof APPOINTMENT_PLACE_CODES)[number];
  status: AppointmentStatus;
  outcomeNote: string | null;
  practitioner: string | null;
  expected: Named[];
  otherPeople: Named[];
};

export type CaseNote = {
  id: string;
  familyId: string;
  noteDate: string;
  signedAt: string | null;
  author: string | null;
  addendumTo: string | null;
  body: string;
  otherPeople: Named[];
};

export type RiskFlag = {
  id: string;
  familyId: string;
  type: RiskType;
  level: (typeof RISK_LEVEL_CODES)[number];
  summary: string;
  raisedOn: string;
  reviewOn: string;
  raisedBy: string | null;
  closedOn: string | null;
  closedReason: string | null;
  restricted: boolean;
  otherPeople: Named[];
};

export type Disclosure = {
  id: string;
  familyId: string;
  disclosedOn: string;
  recipient: string;
  recipientOrganisation: string | null;
  information: string;
  about: Named[];
  lawfulBasis: string;
  consent: string;
  reason: string;
  recordedBy: string | null;
  otherPeople: Named[];
};

/** GET /api/families/:id/people/:personId/subject-access (managers; the read is audited). */
export type SubjectAccess = {
  generatedAt: string;
  service: string;
  subject: { personId: string; familyId: string; kind: 'carer' | 'baby'; name: string | null };
  redactionCandidates: { personId: string; name: string; terms: string[] }[];
  personRecords: PersonDetails[];
  episodes: Episode[];
  referrals: Referral[];
  appointments: Appointment[];
  caseNotes: CaseNote[];
  riskFlags: RiskFlag[];
  disclosures: Disclosure[];
  outcomes: Outcomes;
};

type Entry = { id: string; familyId: string; otherPeople: Named[] };

/** Outcome measures and attachment assessments about the person. */
export type Outcomes = {
  measures: (Entry & {
    measure: string;
    timepoint: Timepoint;
    completedOn: string;
    mode: EntryMode;
    total: number | null;
    band: string | null;
    answers: { item: number; question: string | null; answer: string | null }[];
    recordedBy: string | null;
    withdrawnReason: string | null;
  })[];
  goals: (Entry & { text: string; setOn: string; closedOn: string | null })[];
  scoredElsewhere: (Entry & {
    tool: string;
    timepoint: Timepoint;
    scoredOn: string;
    score: number | null;
    result: string | null;
    notes: string | null;
    about: Named | null;
  })[];
  secureBaseReviews: (Entry & {
    reviewedOn: string;
    careSetting: string;
    child: Named | null;
    carer: Named | null;
    dimensions: { dimension: string; carer: number; child: number; evidence: string; goals: string }[];
    summary: string | null;
  })[];
  attachmentObservations: (Entry & {
    observedOn: string;
    observedBy: string;
    setting: string | null;
    child: Named | null;
    carer: Named | null;
    features: { feature: string; seen: string; description: string }[];
  })[];
  interactionObservations: (Entry & {
    observedOn: string;
    source: 'live' | 'recording';
    context: string | null;
    durationMs: number;
    events: number;
    contingencyRate: number | null;
    shareRepaired: number | null;
    medianRepairMs: number | null;
    notes: string | null;
    child: Named | null;
    carer: Named | null;
  })[];
};

export const subjectAccessKey = (familyId: string, personId: string) =>
  [...familyKeys.section(familyId, 'subject-access'), personId] as const;

export const getSubjectAccess = (familyId: string, personId: string) =>
  api<SubjectAccess>(familyPath(familyId, `/people/${encodeURIComponent(personId)}/subject-access`));
