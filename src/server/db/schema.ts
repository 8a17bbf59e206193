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
} from 'drizzle-orm/pg-core';
import { ROLES } from '../../core/roles';

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);

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
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('families_status').on(t.serviceId, t.status),
    index('families_practitioner').on(t.serviceId, t.practitionerId),
    foreignKey({ columns: [t.serviceId, t.referralId], foreignColumns: [referrals.serviceId, referrals.id] }),
    foreignKey({ columns: [t.serviceId, t.practitionerId], foreignColumns: [memberships.serviceId, memberships.id] }),
    foreignKey({ columns: [t.serviceId, t.coWorkerId], foreignColumns: [memberships.serviceId, memberships.id] }),
  ],
);
