import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
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
} from '../../core/family-options';
import { CONTACT_METHOD_CODES, RELATIONSHIP_CODES } from '../../core/referral-options';
import { ROLES } from '../../core/roles';

export const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
export const version = () => integer('version').notNull().default(1);

/** A local parent-infant service: the tenant. Every service-owned table is keyed by its id. */
export const services = pgTable('services', {
  id: uuid('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  requireTwoFactor: boolean('require_two_factor').notNull().default(false),
  /** Referral settings (eligibility, sources, target wait, texts), validated by the referrals module. */
  referralSettings: jsonb('referral_settings').$type<Record<string, unknown>>().notNull().default({}),
  /** Versioned apart from the row, so editing referral settings never conflicts with the sign-in rule. */
  referralSettingsVersion: integer('referral_settings_version').notNull().default(1),
  /** When on, practitioners see every family in the team, not only those allocated to them. */
  teamCaseloadsVisible: boolean('team_caseloads_visible').notNull().default(false),
  createdAt: created(),
  updatedAt: updated(),
  version: version(),
});

/** A person who can sign in. Global: one account may belong to several services. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash'),
  totpSecret: text('totp_secret'),
  totpPendingSecret: text('totp_pending_secret'),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  createdAt: created(),
  updatedAt: updated(),
  version: version(),
});

/** A user's role in one service. Deactivated, never deleted, so the audit trail still resolves. */
export const memberships = pgTable(
  'memberships',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    id: uuid('id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ROLES }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    unique('memberships_service_user').on(t.serviceId, t.userId),
    index('memberships_user').on(t.userId),
    check(
      'memberships_role',
      sql`${t.role} in ('admin', 'manager', 'practitioner', 'coordinator', 'viewer', 'trainer')`,
    ),
  ],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    serviceId: uuid('service_id').references(() => services.id),
    csrfToken: text('csrf_token').notNull(),
    twoFactorPending: boolean('two_factor_pending').notNull(),
    createdAt: created(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Failed sign-in counters, keyed by a hash of the email or by the client address. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** Single-use links that let a newly invited person set their password. Stores a hash only. */
export const accountTokens = pgTable('account_tokens', {
  id: text('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  purpose: text('purpose', { enum: ['invite'] }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: created(),
});

/**
 * Append-only, hash-chained record of who did what. Events that belong to no service (sign-in
 * attempts) are chained under the platform scope, the all-zero service id.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    serviceId: uuid('service_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    id: uuid('id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    requestId: text('request_id'),
    clientAddress: text('client_address'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.seq] }),
    index('audit_events_entity').on(t.serviceId, t.entityType, t.entityId),
  ],
);

/**
 * Submissions from the public forms, committed before the sender is answered and turned into
 * referrals moments later in batches (duplicate checks, history, audit), so a burst of referrals
 * never queues behind the audit chain.
 */
export const referralInbox = pgTable(
  'referral_inbox',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    id: uuid('id').notNull(),
    submissionId: text('submission_id').notNull(),
    reference: text('reference').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    referralDate: date('referral_date').notNull(),
    /** The validated submission, exactly as typed, with its eligibility decided on arrival. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    eligibility: text('eligibility', { enum: ['eligible', 'ineligible', 'check'] }).notNull(),
    eligibilityReasons: jsonb('eligibility_reasons').$type<string[]>().notNull(),
    immediateRisk: boolean('immediate_risk').notNull(),
    requestId: text('request_id'),
    clientAddress: text('client_address'),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    unique('referral_inbox_submission').on(t.serviceId, t.submissionId),
    unique('referral_inbox_reference').on(t.serviceId, t.reference),
    index('referral_inbox_pending')
      .on(t.serviceId, t.receivedAt)
      .where(sql`processed_at is null`),
  ],
);

/** A referral, as received from a parent or a professional: kept exactly as submitted. */
export const referrals = pgTable(
  'referrals',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    id: uuid('id').notNull(),
    reference: text('reference').notNull(),
    route: text('route', { enum: ['self', 'professional'] }).notNull(),
    source: text('source').notNull(),
    status: text('status', {
      enum: ['new', 'info-requested', 'accepted', 'declined', 'signposted', 'merged'],
    })
      .notNull()
      .default('new'),
    priority: text('priority', { enum: ['routine', 'priority', 'urgent'] })
      .notNull()
      .default('routine'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    referralDate: date('referral_date').notNull(),
    /** The form as submitted (people, baby or pregnancy, worries, referrer): free text exactly as typed. */
    submission: jsonb('submission').$type<Record<string, unknown>>().notNull(),
    immediateRisk: boolean('immediate_risk').notNull().default(false),
    eligibility: text('eligibility', { enum: ['eligible', 'ineligible', 'check'] }).notNull(),
    eligibilityReasons: jsonb('eligibility_reasons').$type<string[]>().notNull().default([]),
    possibleDuplicates: jsonb('possible_duplicates')
      .$type<{ kind: 'referral' | 'family'; id: string; reference: string; why: string }[]>()
      .notNull()
      .default([]),
    mergedInto: uuid('merged_into'),
    familyId: uuid('family_id'),
    idempotencyKey: text('idempotency_key'),
    version: version(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    unique('referrals_reference').on(t.serviceId, t.reference),
    unique('referrals_idempotency').on(t.serviceId, t.idempotencyKey),
    index('referrals_queue').on(t.serviceId, t.status, t.receivedAt),
  ],
);

/** Keys for spotting the same family twice: an NHS number, or a name with a date of birth. */
export const referralIdentities = pgTable(
  'referral_identities',
  {
    serviceId: uuid('service_id').notNull(),
    referralId: uuid('referral_id').notNull(),
    key: text('key').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.referralId, t.key] }),
    index('referral_identities_key').on(t.serviceId, t.key),
    foreignKey({ columns: [t.serviceId, t.referralId], foreignColumns: [referrals.serviceId, referrals.id] }),
  ],
);

/** What happened to a referral, by whom and why: its visible history. */
export const referralEvents = pgTable(
  'referral_events',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    referralId: uuid('referral_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    kind: text('kind').notNull(),
    reasonCode: text('reason_code'),
    note: text('note'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('referral_events_referral').on(t.serviceId, t.referralId),
    foreignKey({ columns: [t.serviceId, t.referralId], foreignColumns: [referrals.serviceId, referrals.id] }),
  ],
);

/** A family's case: created when a referral is accepted; waits, then is allocated. */
export const families = pgTable(
  'families',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: ['waiting', 'allocated', 'discharged'] })
      .notNull()
      .default('waiting'),
    priority: text('priority', { enum: ['routine', 'priority', 'urgent'] })
      .notNull()
      .default('routine'),
    referralId: uuid('referral_id').notNull(),
    referralDate: date('referral_date').notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
    practitionerId: uuid('practitioner_id'),
    coWorkerId: uuid('co_worker_id'),
    allocatedAt: timestamp('allocated_at', { withTimezone: true }),
    careSetting: text('care_setting', { enum: CARE_SETTING_CODES }).notNull().default('birth-family'),
    placementStart: date('placement_start'),
    placementEnd: date('placement_end'),
    /** Key dates, set as the work reaches them; first contact is filled from the first attended appointment. */
    firstContactOn: date('first_contact_on'),
    assessmentOn: date('assessment_on'),
    interventionStartOn: date('intervention_start_on'),
    /** When the work is planned to end: discharge measures are due as it nears. */
    plannedEndOn: date('planned_end_on'),
    dischargedOn: date('discharged_on'),
    dischargeReason: text('discharge_reason', { enum: DISCHARGE_REASON_CODES }),
    dischargeSummary: text('discharge_summary'),
    /** The family's earlier episode with the service, when a new referral reopened its record. */
    previousEpisodeId: uuid('previous_episode_id'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    foreignKey({ columns: [t.serviceId, t.previousEpisodeId], foreignColumns: [t.serviceId, t.id] }),
    index('families_status').on(t.serviceId, t.status),
    index('families_practitioner').on(t.serviceId, t.practitionerId),
    foreignKey({ columns: [t.serviceId, t.referralId], foreignColumns: [referrals.serviceId, referrals.id] }),
    foreignKey({ columns: [t.serviceId, t.practitionerId], foreignColumns: [memberships.serviceId, memberships.id] }),
    foreignKey({ columns: [t.serviceId, t.coWorkerId], foreignColumns: [memberships.serviceId, memberships.id] }),
  ],
);

export const familyKey = (t: { serviceId: AnyPgColumn; familyId: AnyPgColumn }) =>
  foreignKey({ columns: [t.serviceId, t.familyId], foreignColumns: [families.serviceId, families.id] });

/**
 * A person in a family's record: a parent or carer, or a baby (a pregnancy is a baby with a due date
 * and no date of birth until it is born). Each person is a separate data subject.
 */
export const familyPeople = pgTable(
  'family_people',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    kind: text('kind', { enum: ['carer', 'baby'] }).notNull(),
    name: text('name'),
    dateOfBirth: date('date_of_birth'),
    /** A baby: expected date while a pregnancy; kept after the birth. */
    dueDate: date('due_date'),
    /** A baby: completed weeks of gestation at birth, for the corrected age of a baby born preterm. */
    gestationWeeks: integer('gestation_weeks'),
    nhsNumber: text('nhs_number'),
    gender: text('gender', { enum: GENDER_CODES }),
    ethnicity: text('ethnicity', { enum: ETHNIC_CATEGORY_CODES }),
    /** A carer: how they are related to each baby in the record. */
    relationships: jsonb('relationships')
      .$type<{ babyId: string; relationship: (typeof RELATIONSHIP_CODES)[number] }[]>()
      .notNull()
      .default([]),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    postcode: text('postcode'),
    preferredContact: text('preferred_contact', { enum: CONTACT_METHOD_CODES }),
    safeToLeaveVoicemail: boolean('safe_to_leave_voicemail'),
    safeToText: boolean('safe_to_text'),
    language: text('language'),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    /** Consent to the service's work, and what this person agreed may be shared and with whom. */
    consentToService: boolean('consent_to_service'),
    consentRecordedOn: date('consent_recorded_on'),
    sharingPreferences: text('sharing_preferences'),
    /** No longer part of the family's record (moved out, listed in error); kept for the history. */
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('family_people_family').on(t.serviceId, t.familyId),
    familyKey(t),
    check(
      'family_people_baby_dates',
      sql`${t.kind} = 'carer' or ${t.dateOfBirth} is not null or ${t.dueDate} is not null`,
    ),
  ],
);

/** The professionals around a family: health visitor, GP, social worker and others. */
export const familyProfessionals = pgTable(
  'family_professionals',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    role: text('role', { enum: PROFESSIONAL_ROLE_CODES }).notNull(),
    name: text('name').notNull(),
    organisation: text('organisation'),
    phone: text('phone'),
    email: text('email'),
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('family_professionals_family').on(t.serviceId, t.familyId),
    familyKey(t),
  ],
);

/** A booked contact with a family, and what happened. */
export const appointments = pgTable(
  'appointments',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    practitionerId: uuid('practitioner_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    place: text('place', { enum: APPOINTMENT_PLACE_CODES }).notNull(),
    /** The people in the record expected to come. */
    expectedPersonIds: jsonb('expected_person_ids').$type<string[]>().notNull().default([]),
    status: text('status', { enum: APPOINTMENT_STATUS_CODES }).notNull().default('booked'),
    outcomeNote: text('outcome_note'),
    outcomeRecordedAt: timestamp('outcome_recorded_at', { withTimezone: true }),
    rescheduleCount: integer('reschedule_count').notNull().default(0),
    createdBy: uuid('created_by'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('appointments_family').on(t.serviceId, t.familyId, t.startsAt),
    index('appointments_practitioner').on(t.serviceId, t.practitionerId, t.startsAt),
    familyKey(t),
    foreignKey({ columns: [t.serviceId, t.practitionerId], foreignColumns: [memberships.serviceId, memberships.id] }),
    check('appointments_duration', sql`${t.durationMinutes} between 5 and 480`),
  ],
);

/**
 * A case note: a draft its author can change, then signed and fixed for good (a database trigger
 * refuses any change to a signed note). Corrections are addenda: notes that name the note they follow.
 */
export const caseNotes = pgTable(
  'case_notes',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    authorId: uuid('author_id').notNull(),
    addendumTo: uuid('addendum_to'),
    /** The day of the contact or event the note records. */
    noteDate: date('note_date').notNull(),
    body: text('body').notNull().default(''),
    status: text('status', { enum: ['draft', 'signed'] })
      .notNull()
      .default('draft'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('case_notes_family').on(t.serviceId, t.familyId, t.noteDate),
    familyKey(t),
    foreignKey({ columns: [t.serviceId, t.addendumTo], foreignColumns: [t.serviceId, t.id] }),
    check('case_notes_signed', sql`(${t.status} = 'signed') = (${t.signedAt} is not null)`),
  ],
);

/** A risk or safeguarding flag on a family, reviewed by a date. */
export const riskFlags = pgTable(
  'risk_flags',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    type: text('type', { enum: RISK_TYPE_CODES }).notNull(),
    level: text('level', { enum: RISK_LEVEL_CODES }).notNull(),
    summary: text('summary').notNull(),
    raisedOn: date('raised_on').notNull(),
    reviewOn: date('review_on').notNull(),
    raisedBy: uuid('raised_by'),
    closedOn: date('closed_on'),
    closedReason: text('closed_reason'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('risk_flags_family').on(t.serviceId, t.familyId),
    familyKey(t),
  ],
);

/** Each sharing of a family's information outside the service: to whom, what, on what basis, and why. */
export const disclosures = pgTable(
  'disclosures',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    disclosedOn: date('disclosed_on').notNull(),
    recipient: text('recipient').notNull(),
    recipientOrganisation: text('recipient_organisation'),
    information: text('information').notNull(),
    /** The people in the record the information was about. */
    personIds: jsonb('person_ids').$type<string[]>().notNull().default([]),
    lawfulBasis: text('lawful_basis', { enum: LAWFUL_BASIS_CODES }).notNull(),
    consent: text('consent', { enum: CONSENT_SOUGHT_CODES }).notNull(),
    reason: text('reason').notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('disclosures_family').on(t.serviceId, t.familyId),
    familyKey(t),
  ],
);
