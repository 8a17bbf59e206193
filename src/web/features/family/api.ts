import type { CareSetting, RISK_LEVEL_CODES, RiskType } from '../../../core/family-options';
import type { Priority } from '../../../core/referral-options';
import { api } from '../../app/api-client';

type Named = { id: string; name: string };
type Age = { days: number; weeks: number; months: number };

/** A person's NHS number, gender and ethnicity, as the record keeps them and its forms send them. */
export type PersonIdentity = {
  nhsNumber: string | null;
  gender: string | null;
  ethnicity: string | null;
};

/** How to reach a parent or carer safely, and what they have agreed to. */
export type ContactAndConsent = {
  phone: string | null;
  email: string | null;
  address: string | null;
  postcode: string | null;
  preferredContact: string | null;
  safeToLeaveVoicemail: boolean | null;
  safeToText: boolean | null;
  language: string | null;
  interpreterNeeded: boolean;
  consentToService: boolean | null;
  consentRecordedOn: string | null;
  sharingPreferences: string | null;
};

/** A parent or carer, or a baby (a pregnancy until a date of birth is recorded). */
export type Person = PersonIdentity &
  ContactAndConsent & {
    id: string;
    kind: 'carer' | 'baby';
    name: string | null;
    dateOfBirth: string | null;
    dueDate: string | null;
    gestationWeeks: number | null;
    age: { actual: Age | null; corrected: Age | null; weeksToGo: number | null; text: string } | null;
    relationships: { babyId: string; relationship: string }[];
    active: boolean;
    version: number;
  };

export type Professional = ProfessionalInput & { id: string; active: boolean; version: number };

type KeyDate = { on: string | null; daysFromPrevious: number | null };

export type BannerFlag = {
  id: string;
  type: RiskType;
  level: (typeof RISK_LEVEL_CODES)[number];
  reviewOn: string;
  overdue: boolean;
};

/** A family's record as GET /api/families/:id answers it (the read is audited). */
export type FamilyRecord = {
  id: string;
  name: string;
  reference: string;
  status: 'waiting' | 'allocated' | 'discharged';
  priority: Priority;
  careSetting: CareSetting;
  placementStart: string | null;
  placementEnd: string | null;
  /** When the work is planned to end. */
  plannedEndOn: string | null;
  practitioner: Named | null;
  coWorker: Named | null;
  keyDates: Record<'referral' | 'firstContact' | 'assessment' | 'interventionStart' | 'discharge', KeyDate>;
  discharge: { reason: string; summary: string; on: string } | null;
  previousEpisode: { id: string; referralDate: string; dischargedOn: string | null } | null;
  laterEpisode: { id: string; referralDate: string; status: string } | null;
  people: Person[];
  professionals: Professional[];
  flags: BannerFlag[];
  /** Measure results with a critical answer nobody has acknowledged yet (0 for non-clinical roles). */
  alerts: number;
  can: {
    edit: boolean;
    readNotes: boolean;
    writeNotes: boolean;
    seeSafeguarding: boolean;
    discharge: boolean;
    seeAccessLog: boolean;
  };
  version: number;
};

/** Query keys: everything about one family sits under `familyKeys.one(id)`, so one invalidation refreshes it. */
export const familyKeys = {
  one: (id: string) => ['family', id] as const,
  section: (id: string, section: string) => ['family', id, section] as const,
};

export const familyPath = (id: string, rest = '') => `/api/families/${encodeURIComponent(id)}${rest}`;

export const getFamily = (id: string) => api<FamilyRecord>(familyPath(id));

/** A parent or carer as the record's forms send it (blank optional fields as null). */
export type CarerInput = PersonIdentity &
  ContactAndConsent & {
    kind: 'carer';
    name: string;
    dateOfBirth: string | null;
    relationships: { babyId: string; relationship: string }[];
  };

/** A baby, or a pregnancy (a due date and no date of birth). */
export type BabyInput = PersonIdentity & {
  kind: 'baby';
  name: string | null;
  dateOfBirth: string | null;
  dueDate: string | null;
  gestationWeeks: number | null;
};

export type PersonInput = CarerInput | BabyInput;
export type PersonChange = PersonInput & { version: number; active: boolean };

export type ProfessionalInput = {
  role: string;
  name: string;
  organisation: string | null;
  phone: string | null;
  email: string | null;
};
export type ProfessionalChange = ProfessionalInput & { version: number; active: boolean };

export type FamilyChange = {
  version: number;
  careSetting: CareSetting;
  placementStart: string | null;
  placementEnd: string | null;
  firstContactOn: string | null;
  assessmentOn: string | null;
  interventionStartOn: string | null;
  plannedEndOn: string | null;
};

export type DischargeInput = { version: number; reason: string; summary: string; dischargedOn?: string };

/** One event of a record's access log: who opened or changed what, when. */
export type AccessEvent = { at: string; by: string | null; action: string; entityType: string };

export const addPerson = (familyId: string, input: PersonInput) =>
  api<Person>(familyPath(familyId, '/people'), { method: 'POST', body: input });

export const changePerson = (familyId: string, personId: string, change: PersonChange) =>
  api<Person>(familyPath(familyId, `/people/${encodeURIComponent(personId)}`), { method: 'PATCH', body: change });

export const addProfessional = (familyId: string, input: ProfessionalInput) =>
  api<Professional>(familyPath(familyId, '/professionals'), { method: 'POST', body: input });

export const changeProfessional = (familyId: string, professionalId: string, change: ProfessionalChange) =>
  api<Professional>(familyPath(familyId, `/professionals/${encodeURIComponent(professionalId)}`), {
    method: 'PATCH',
    body: change,
  });

export const changeFamily = (familyId: string, change: FamilyChange) =>
  api<FamilyRecord>(familyPath(familyId), { method: 'PATCH', body: change });

export const dischargeFamily = (familyId: string, input: DischargeInput) =>
  api<FamilyRecord>(familyPath(familyId, '/discharge'), { method: 'POST', body: input });

export const getAccessLog = async (familyId: string): Promise<AccessEvent[]> =>
  (await api<{ events: AccessEvent[] }>(familyPath(familyId, '/access-log'))).events;
