import { babyAge, describeBabyAge } from '../../../core/baby-age';
import { daysBetween, todayInLondon } from '../../../core/dates';
import { waitBand } from '../../../core/wait-time';
import type { FamilyCaseRow } from './access';
import type { FamilyRow, PersonRow, ProfessionalRow } from './queries';

const person = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

/** A family's case as lists show it, with how long it has waited against the target. */
export function presentFamily(row: FamilyRow, targetWeeks: number) {
  const wait = waitBand(row.referralDate, todayInLondon(), targetWeeks);
  return {
    id: row.id,
    name: row.name,
    reference: row.reference,
    source: row.source,
    status: row.status,
    priority: row.priority,
    referralDate: row.referralDate,
    daysWaiting: wait.days,
    waitBand: wait.band,
    practitioner: person(row.practitionerId, row.practitionerName),
    coWorker: person(row.coWorkerId, row.coWorkerName),
    allocatedAt: row.allocatedAt?.toISOString() ?? null,
    version: row.version,
  };
}

/** A person in the record, with a baby's age worked out for today. */
export function presentPerson(row: PersonRow, today: string) {
  const age = row.kind === 'baby' ? babyAge(row, today) : null;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    dateOfBirth: row.dateOfBirth,
    dueDate: row.dueDate,
    gestationWeeks: row.gestationWeeks,
    age:
      row.kind === 'baby'
        ? {
            actual: age?.kind === 'born' ? age.actual : null,
            corrected: age?.kind === 'born' ? age.corrected : null,
            weeksToGo: age?.kind === 'unborn' ? age.weeksToGo : null,
            text: describeBabyAge(age),
          }
        : null,
    nhsNumber: row.nhsNumber,
    gender: row.gender,
    ethnicity: row.ethnicity,
    relationships: row.relationships,
    phone: row.phone,
    email: row.email,
    address: row.address,
    postcode: row.postcode,
    preferredContact: row.preferredContact,
    safeToLeaveVoicemail: row.safeToLeaveVoicemail,
    safeToText: row.safeToText,
    language: row.language,
    interpreterNeeded: row.interpreterNeeded,
    consentToService: row.consentToService,
    consentRecordedOn: row.consentRecordedOn,
    sharingPreferences: row.sharingPreferences,
    active: row.active,
    version: row.version,
  };
}

export const presentProfessional = (row: ProfessionalRow) => ({
  id: row.id,
  role: row.role,
  name: row.name,
  organisation: row.organisation,
  phone: row.phone,
  email: row.email,
  active: row.active,
  version: row.version,
});

/** The key dates in order, each with the days since the one before it that is set. */
export function presentKeyDates(family: FamilyCaseRow) {
  const order = [
    ['referral', family.referralDate],
    ['firstContact', family.firstContactOn],
    ['assessment', family.assessmentOn],
    ['interventionStart', family.interventionStartOn],
    ['discharge', family.dischargedOn],
  ] as const;
  let previous: string | null = null;
  const out = {} as Record<(typeof order)[number][0], { on: string | null; daysFromPrevious: number | null }>;
  for (const [key, on] of order) {
    out[key] = { on, daysFromPrevious: on && previous ? daysBetween(previous, on) : null };
    if (on) previous = on;
  }
  return out;
}
