import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
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
