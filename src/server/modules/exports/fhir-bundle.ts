import { v5 as uuidv5 } from 'uuid';
import {
  APPOINTMENT_PLACES,
  APPOINTMENT_STATUSES,
  DISCHARGE_REASONS,
  PROFESSIONAL_ROLES,
  RISK_LEVELS,
  RISK_TYPES,
  type AppointmentStatus,
  type RiskType,
} from '../../../core/family-options';
import { RELATIONSHIPS, type Relationship } from '../../../core/referral-options';
import { measureObservations, type MeasureResultRow } from './fhir-measures';
import type { AppointmentRow, EpisodeRow, FlagRow, NoteRow, PersonRow, ProfessionalRow } from './queries';

// A family's record as a FHIR R4 Bundle of type "collection". Pure: the operation loads the rows
// (only those the caller may see) and this turns them into resources. Every entry's fullUrl is a
// urn:uuid that stays the same from one export to the next: the row's own id, or for resources that
// have no row of their own (a carer's relationship to one baby, an encounter) a name-based UUID.

export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;
export type FhirBundle = {
  resourceType: 'Bundle';
  id: string;
  meta: { lastUpdated: string };
  identifier: { system: string; value: string };
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
};

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
const ROLE_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
const ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const PARTICIPATION_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
const FLAG_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/flag-category';
const CANCELLATION_REASON_SYSTEM = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';

/** Haven's namespace for name-based (v5) UUIDs of resources that have no row of their own. */
const HAVEN_FHIR_NAMESPACE = '6f1d2c8a-93b4-4e57-a0c2-5d8e7f3b1a96';
const derivedId = (...parts: string[]) => uuidv5(parts.join(':'), HAVEN_FHIR_NAMESPACE);

/** Haven's relationships as v3 RoleCode concepts, where one means the same thing; text alone otherwise. */
const ROLE_CODES: Record<Relationship, { code: string; display: string } | null> = {
  mother: { code: 'MTH', display: 'mother' },
  father: { code: 'FTH', display: 'father' },
  'co-parent': { code: 'PRN', display: 'parent' },
  'foster-carer': { code: 'PRNFOST', display: 'foster parent' },
  'adoptive-parent': { code: 'ADOPTP', display: 'adoptive parent' },
  'kinship-carer': null,
  other: null,
};

/** Haven's genders are FHIR's administrative genders already; the map keeps the two apart on purpose. */
const ADMINISTRATIVE_GENDER = { female: 'female', male: 'male', other: 'other', unknown: 'unknown' } as const;

export const EPISODE_STATUS = { waiting: 'waitlist', allocated: 'active', discharged: 'finished' } as const;

export const APPOINTMENT_STATUS: Record<AppointmentStatus, string> = {
  booked: 'booked',
  attended: 'fulfilled',
  'did-not-attend': 'noshow',
  'cancelled-by-family': 'cancelled',
  'cancelled-by-service': 'cancelled',
};

const CANCELLATION_REASON: Partial<Record<AppointmentStatus, { code: string; display: string }>> = {
  'cancelled-by-family': { code: 'pat', display: 'Patient' },
  'cancelled-by-service': { code: 'prov', display: 'Provider' },
};

/** How the contact happened, as the v3 ActCode encounter classes. */
const ENCOUNTER_CLASS = {
  home: { code: 'HH', display: 'home health' },
  clinic: { code: 'AMB', display: 'ambulatory' },
  group: { code: 'AMB', display: 'ambulatory' },
  video: { code: 'VR', display: 'virtual' },
  phone: { code: 'VR', display: 'virtual' },
} as const;

const FLAG_CATEGORY: Record<RiskType, { code: string; display: string }> = {
  safeguarding: { code: 'safety', display: 'Safety' },
  'domestic-abuse': { code: 'safety', display: 'Safety' },
  'lone-working': { code: 'safety', display: 'Safety' },
  'self-harm-or-suicide': { code: 'clinical', display: 'Clinical' },
  'parental-mental-health': { code: 'clinical', display: 'Clinical' },
  'substance-use': { code: 'behavioral', display: 'Behavioral' },
  other: { code: 'clinical', display: 'Clinical' },
};

const PRIMARY_PERFORMER = [
  { coding: [{ system: PARTICIPATION_TYPE_SYSTEM, code: 'PPRF', display: 'primary performer' }] },
];

export type BundleInput = {
  bundleId: string;
  now: Date;
  serviceName: string;
  family: EpisodeRow;
  /** Membership id to display name, for the practitioners named on the episode. */
  memberNames: Map<string, string>;
  people: PersonRow[];
  professionals: ProfessionalRow[];
  appointments: AppointmentRow[];
  /** Signed notes only. */
  notes: NoteRow[];
  /** Active flags the caller may see. */
  flags: FlagRow[];
  /** The parents' questionnaire results. */
  measures: MeasureResultRow[];
};

const urn = (id: string) => `urn:uuid:${id}`;
const ref = (type: string, id: string, display?: string | null) => ({
  reference: urn(id),
  type,
  ...(display ? { display } : {}),
});
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const endOf = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

/** The people a record names, as FHIR reads them: everyone is a Patient, babies first. */
function patientOf(p: PersonRow, relatedPersonIds: string[]): FhirResource {
  return {
    resourceType: 'Patient',
    id: p.id,
    identifier: p.nhsNumber ? [{ system: NHS_NUMBER_SYSTEM, value: p.nhsNumber }] : undefined,
    active: p.active,
    name: p.name ? [{ use: 'usual', text: p.name }] : undefined,
    telecom: telecomOf(p),
    gender: p.gender ? ADMINISTRATIVE_GENDER[p.gender] : undefined,
    birthDate: p.dateOfBirth ?? undefined,
    address:
      p.address || p.postcode ? [{ text: p.address ?? undefined, postalCode: p.postcode ?? undefined }] : undefined,
    communication: p.language ? [{ language: { text: p.language }, preferred: true }] : undefined,
    // A carer is also the RelatedPerson of each of their babies: the same human, seen from the baby's record.
    link: relatedPersonIds.map((id) => ({ other: ref('RelatedPerson', id), type: 'seealso' })),
  };
}

/** Phone and email, the preferred way of contact ranked first. */
function telecomOf(p: PersonRow) {
  const preferredPhone = p.preferredContact === 'phone' || p.preferredContact === 'text';
  return [
    p.phone ? { system: 'phone', value: p.phone, ...(preferredPhone ? { rank: 1 } : {}) } : null,
    p.email ? { system: 'email', value: p.email, ...(p.preferredContact === 'email' ? { rank: 1 } : {}) } : null,
  ].filter((t) => t !== null);
}

function relationshipOf(code: Relationship) {
  const coded = ROLE_CODES[code];
  return {
    ...(coded ? { coding: [{ system: ROLE_CODE_SYSTEM, code: coded.code, display: coded.display }] } : {}),
    text: RELATIONSHIPS[code],
  };
}

const relatedPersonId = (carerId: string, babyId: string) => derivedId('related-person', carerId, babyId);

function relatedPersonsOf(carer: PersonRow, babies: Map<string, PersonRow>): FhirResource[] {
  return carer.relationships
    .filter((r) => babies.has(r.babyId))
    .map((r) => ({
      resourceType: 'RelatedPerson',
      id: relatedPersonId(carer.id, r.babyId),
      identifier: carer.nhsNumber ? [{ system: NHS_NUMBER_SYSTEM, value: carer.nhsNumber }] : undefined,
      active: carer.active,
      patient: ref('Patient', r.babyId, babies.get(r.babyId)?.name),
      relationship: [relationshipOf(r.relationship)],
      name: carer.name ? [{ use: 'usual', text: carer.name }] : undefined,
      telecom: telecomOf(carer),
      gender: carer.gender ? ADMINISTRATIVE_GENDER[carer.gender] : undefined,
      birthDate: carer.dateOfBirth ?? undefined,
      address:
        carer.address || carer.postcode
          ? [{ text: carer.address ?? undefined, postalCode: carer.postcode ?? undefined }]
          : undefined,
    }));
}

/** When the episode was on the waiting list, active and finished, from the dates the record keeps. */
function statusHistoryOf(family: EpisodeRow) {
  const allocated = family.allocatedAt?.toISOString() ?? null;
  const discharged = family.dischargedOn;
  const history: { status: string; period: { start: string; end?: string } }[] = [];
  const waitEnd = allocated ?? discharged;
  history.push({ status: 'waitlist', period: { start: family.referralDate, ...(waitEnd ? { end: waitEnd } : {}) } });
  if (allocated)
    history.push({ status: 'active', period: { start: allocated, ...(discharged ? { end: discharged } : {}) } });
  if (discharged) history.push({ status: 'finished', period: { start: discharged } });
  return history;
}

/** Builds the Bundle. Resources come in a stable order: people, the episode, then its events by date. */
export function buildFhirBundle(input: BundleInput): FhirBundle {
  const { family, people } = input;
  const babies = new Map(people.filter((p) => p.kind === 'baby').map((p) => [p.id, p]));
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const carers = people.filter((p) => p.kind === 'carer');
  const related = new Map(carers.map((c) => [c.id, relatedPersonsOf(c, babies)]));
  const ordered = [...babies.values(), ...carers];
  const focus = ordered.find((p) => p.kind === 'baby' && p.active) ?? ordered[0];
  const focusRef = focus ? ref('Patient', focus.id, focus.name) : { display: family.name };
  const episodeRef = ref('EpisodeOfCare', family.id);
  const name = (id: string | null) => (id ? (input.memberNames.get(id) ?? null) : null);
  const practitionerName = name(family.practitionerId);
  const coWorkerName = name(family.coWorkerId);

  const resources: FhirResource[] = [];
  for (const p of ordered)
    resources.push(
      patientOf(
        p,
        (related.get(p.id) ?? []).map((r) => r.id),
      ),
    );
  for (const c of carers) resources.push(...(related.get(c.id) ?? []));

  const team = [
    practitionerName ? { role: [{ text: 'Lead practitioner' }], member: { display: practitionerName } } : null,
    coWorkerName ? { role: [{ text: 'Co-worker' }], member: { display: coWorkerName } } : null,
    ...input.professionals
      .filter((p) => p.active)
      .map((p) => ({
        role: [{ text: PROFESSIONAL_ROLES[p.role] }],
        member: { display: p.name },
        ...(p.organisation ? { onBehalfOf: { display: p.organisation } } : {}),
      })),
  ].filter((t) => t !== null);
  const careTeamId = derivedId('care-team', family.id);

  resources.push({
    resourceType: 'EpisodeOfCare',
    id: family.id,
    status: EPISODE_STATUS[family.status],
    statusHistory: statusHistoryOf(family),
    type: [{ text: 'Parent-infant relationship support' }],
    patient: focusRef,
    managingOrganization: input.serviceName ? { display: input.serviceName } : undefined,
    period: { start: family.referralDate, end: family.dischargedOn ?? undefined },
    careManager: practitionerName ? { display: practitionerName } : undefined,
    team: team.length > 0 ? [ref('CareTeam', careTeamId)] : undefined,
  });
  if (team.length > 0) {
    resources.push({
      resourceType: 'CareTeam',
      id: careTeamId,
      status: family.status === 'discharged' ? 'inactive' : 'active',
      subject: focusRef,
      participant: team,
    });
  }

  for (const a of input.appointments) resources.push(...appointmentOf(a, { peopleById, focusRef, episodeRef }));

  for (const f of input.flags) {
    resources.push({
      resourceType: 'Flag',
      id: f.id,
      status: 'active',
      category: [{ coding: [{ system: FLAG_CATEGORY_SYSTEM, ...FLAG_CATEGORY[f.type] }], text: RISK_TYPES[f.type] }],
      code: { text: `${RISK_TYPES[f.type]} (${RISK_LEVELS[f.level].toLowerCase()} risk): ${f.summary}` },
      subject: focusRef,
      period: { start: f.raisedOn },
      author: f.raisedByName ? { display: f.raisedByName } : undefined,
    });
  }

  resources.push(...measureObservations(input.measures, peopleById));

  const signed = new Set(input.notes.map((n) => n.id));
  for (const n of input.notes) {
    resources.push({
      resourceType: 'DocumentReference',
      id: n.id,
      status: 'current',
      docStatus: 'final',
      type: { text: n.addendumTo ? 'Case note addendum' : 'Case note' },
      subject: focusRef,
      date: n.signedAt?.toISOString(),
      author: n.authorName ? [{ display: n.authorName }] : undefined,
      relatesTo:
        n.addendumTo && signed.has(n.addendumTo)
          ? [{ code: 'appends', target: ref('DocumentReference', n.addendumTo) }]
          : undefined,
      content: [
        { attachment: { contentType: 'text/plain; charset=utf-8', data: base64(n.body), creation: n.noteDate } },
      ],
      context: { encounter: [episodeRef], period: { start: n.noteDate } },
    });
  }
  if (family.dischargedOn && family.dischargeSummary) {
    const reason = family.dischargeReason ? DISCHARGE_REASONS[family.dischargeReason] : null;
    resources.push({
      resourceType: 'DocumentReference',
      id: derivedId('discharge-summary', family.id),
      status: 'current',
      docStatus: 'final',
      type: { text: 'Discharge summary' },
      description: reason ? `Reason for discharge: ${reason}` : undefined,
      subject: focusRef,
      content: [
        {
          attachment: {
            contentType: 'text/plain; charset=utf-8',
            data: base64(family.dischargeSummary),
            creation: family.dischargedOn,
          },
        },
      ],
      context: { encounter: [episodeRef], period: { start: family.dischargedOn } },
    });
  }

  const now = input.now.toISOString();
  return {
    resourceType: 'Bundle',
    id: input.bundleId,
    meta: { lastUpdated: now },
    identifier: { system: 'urn:ietf:rfc:3986', value: urn(input.bundleId) },
    type: 'collection',
    timestamp: now,
    entry: resources.map((r) => ({ fullUrl: urn(r.id), resource: prune(r) as FhirResource })),
  };
}

type AppointmentContext = {
  peopleById: Map<string, PersonRow>;
  focusRef: Record<string, unknown>;
  episodeRef: Record<string, unknown>;
};

/** An appointment, and for one that was attended the Encounter that took place. */
function appointmentOf(a: AppointmentRow, ctx: AppointmentContext): FhirResource[] {
  const expected = a.expectedPersonIds
    .map((id) => ctx.peopleById.get(id))
    .filter((p): p is PersonRow => p !== undefined);
  const end = endOf(a.startsAt, a.durationMinutes);
  const cancellation = CANCELLATION_REASON[a.status];
  const practitioner = { display: a.practitionerName ?? 'Former member' };
  const appointment: FhirResource = {
    resourceType: 'Appointment',
    id: a.id,
    status: APPOINTMENT_STATUS[a.status],
    cancelationReason: cancellation
      ? { coding: [{ system: CANCELLATION_REASON_SYSTEM, ...cancellation }], text: APPOINTMENT_STATUSES[a.status] }
      : undefined,
    description: APPOINTMENT_PLACES[a.place],
    start: a.startsAt.toISOString(),
    end: end.toISOString(),
    minutesDuration: a.durationMinutes,
    created: a.createdAt.toISOString(),
    comment: a.outcomeNote ?? undefined,
    participant: [
      ...expected.map((p) => ({
        actor: ref('Patient', p.id, p.name),
        status: a.status === 'cancelled-by-family' ? 'declined' : 'accepted',
      })),
      { type: PRIMARY_PERFORMER, actor: practitioner, status: 'accepted' },
    ],
  };
  if (a.status !== 'attended') return [appointment];

  const subject = expected.find((p) => p.kind === 'baby') ?? expected[0];
  const subjectRef = subject ? ref('Patient', subject.id, subject.name) : ctx.focusRef;
  // Carers who came, as the RelatedPerson of the baby the encounter is about (when they are one).
  const baby = subject?.kind === 'baby' ? subject : null;
  const carers = baby
    ? expected
        .filter((p) => p.kind === 'carer' && p.relationships.some((r) => r.babyId === baby.id))
        .map((p) => ({ individual: ref('RelatedPerson', relatedPersonId(p.id, baby.id), p.name) }))
    : [];
  const encounter: FhirResource = {
    resourceType: 'Encounter',
    id: derivedId('encounter', a.id),
    status: 'finished',
    class: { system: ACT_CODE_SYSTEM, ...ENCOUNTER_CLASS[a.place] },
    type: [{ text: APPOINTMENT_PLACES[a.place] }],
    subject: subjectRef,
    episodeOfCare: [ctx.episodeRef],
    participant: [{ type: PRIMARY_PERFORMER, individual: practitioner }, ...carers],
    appointment: [ref('Appointment', a.id)],
    period: { start: a.startsAt.toISOString(), end: end.toISOString() },
    length: { value: a.durationMinutes, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
  };
  return [appointment, encounter];
}

/**
 * FHIR JSON has no nulls, empty strings, empty arrays or empty objects: leaves them out, however deep.
 */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, prune(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  if (value === null || value === '') return undefined;
  return value;
}
