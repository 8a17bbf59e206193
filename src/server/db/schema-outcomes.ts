/**
 * Outcome measures and attachment-informed assessments: the tables behind a family's evidence of
 * change. Kept apart from `schema.ts` for size; the same conventions hold (keyed by service, every
 * foreign key carrying `service_id`, a version on every editable row).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { ENTRY_MODE_CODES, MEASURE_IDS, SCORED_ELSEWHERE_CODES, TIMEPOINT_CODES } from '../../core/measures/catalogue';
import { created, familyKey, familyPeople, updated, version } from './schema';

const personKey = (t: { serviceId: AnyPgColumn }, person: AnyPgColumn) =>
  foreignKey({ columns: [t.serviceId, person], foreignColumns: [familyPeople.serviceId, familyPeople.id] });

/** A decimal score read back as a number (numeric arrives as a string from both drivers). */
const score = (name: string) => numeric(name, { precision: 6, scale: 2, mode: 'number' });

/**
 * One completion of a built-in measure at a time point. Responses are the positions of the answers
 * given; the scores are computed by the core engine when it is stored, with the definition's
 * version, so a later change to a definition never rewrites an old result.
 */
export const measureResults = pgTable(
  'measure_results',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    /** Whose measure it is: a carer; null for the family's goals. */
    personId: uuid('person_id'),
    measureId: text('measure_id', { enum: MEASURE_IDS }).notNull(),
    measureVersion: integer('measure_version').notNull(),
    timepoint: text('timepoint', { enum: TIMEPOINT_CODES }).notNull(),
    completedOn: date('completed_on').notNull(),
    mode: text('mode', { enum: ENTRY_MODE_CODES }).notNull(),
    responses: jsonb('responses').$type<(number | null)[]>().notNull(),
    /** Goals: the goals rated, in item order, as worded when rated. */
    goals: jsonb('goals').$type<{ goalId: string; text: string }[] | null>(),
    complete: boolean('complete').notNull(),
    total: score('total'),
    prorated: boolean('prorated').notNull().default(false),
    subscales: jsonb('subscales').$type<Record<string, number | null>>().notNull().default({}),
    band: text('band'),
    /** Critical items answered at or above their threshold: an alert until acknowledged. */
    criticalItems: jsonb('critical_items')
      .$type<{ number: number; score: number; reason: string }[]>()
      .notNull()
      .default([]),
    alertAcknowledgedAt: timestamp('alert_acknowledged_at', { withTimezone: true }),
    alertAcknowledgedBy: uuid('alert_acknowledged_by'),
    alertAction: text('alert_action'),
    linkId: uuid('link_id'),
    recordedBy: uuid('recorded_by'),
    /** Entered in error: kept, out of charts and change, with the reason. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnReason: text('withdrawn_reason'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('measure_results_family').on(t.serviceId, t.familyId, t.measureId, t.completedOn),
    familyKey(t),
    personKey(t, t.personId),
  ],
);

/**
 * A single-use link a parent follows to complete a measure without an account. Only a hash of the
 * token is stored; the link says nothing about the family, and closes when used or expired.
 */
export const measureLinks = pgTable(
  'measure_links',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    personId: uuid('person_id').notNull(),
    measureId: text('measure_id', { enum: MEASURE_IDS }).notNull(),
    timepoint: text('timepoint', { enum: TIMEPOINT_CODES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    resultId: uuid('result_id'),
    createdBy: uuid('created_by'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    unique('measure_links_token').on(t.tokenHash),
    index('measure_links_family').on(t.serviceId, t.familyId),
    familyKey(t),
    personKey(t, t.personId),
  ],
);

/** A service's own licensed wording of a measure Haven may not ship (EPDS), loaded by its admin. */
export const measureTexts = pgTable(
  'measure_texts',
  {
    serviceId: uuid('service_id').notNull(),
    measureId: text('measure_id', { enum: MEASURE_IDS }).notNull(),
    instructions: text('instructions'),
    /** Each item's wording, in item order. */
    items: jsonb('items').$type<string[]>().notNull(),
    /** Each item's printed answers, in print order. */
    answers: jsonb('answers').$type<string[][]>().notNull(),
    /** The service's licence or permission, as its admin recorded it. */
    licenceHeld: text('licence_held').notNull(),
    loadedBy: uuid('loaded_by'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.measureId] })],
);

/** A family's goal in its own words, rated in goal-based outcome results. */
export const familyGoals = pgTable(
  'family_goals',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    /** 1 to 3: the goal's place among the family's current goals. */
    slot: integer('slot').notNull(),
    text: text('text').notNull(),
    setOn: date('set_on').notNull(),
    /** Set aside (achieved, replaced or no longer wanted): kept for the results that rated it. */
    closedOn: date('closed_on'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('family_goals_family').on(t.serviceId, t.familyId),
    familyKey(t),
    check('family_goals_slot', sql`${t.slot} between 1 and 3`),
  ],
);

/** A score from an observational or publisher-owned tool: the tool's name, the date and the score only. */
export const externalScores = pgTable(
  'external_scores',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    /** Whom the score is about: a carer, a baby, or null for the carer–baby pair as a whole. */
    personId: uuid('person_id'),
    tool: text('tool', { enum: SCORED_ELSEWHERE_CODES }).notNull(),
    /** The tool's name when it is not in Haven's list. */
    toolName: text('tool_name'),
    timepoint: text('timepoint', { enum: TIMEPOINT_CODES }).notNull(),
    scoredOn: date('scored_on').notNull(),
    score: score('score'),
    /** The tool's own reading of the score (a zone, a pattern), in the scorer's words. */
    result: text('result'),
    notes: text('notes'),
    recordedBy: uuid('recorded_by'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('external_scores_family').on(t.serviceId, t.familyId),
    familyKey(t),
    personKey(t, t.personId),
  ],
);

/**
 * A Secure Base review of a carer and child: for each of the five dimensions, a rating of the
 * carer's approach and of the child's response, evidence and goals.
 */
export const secureBaseReviews = pgTable(
  'secure_base_reviews',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    childId: uuid('child_id').notNull(),
    carerId: uuid('carer_id').notNull(),
    reviewedOn: date('reviewed_on').notNull(),
    /** Birth, kinship, foster or adoptive: the care setting codes of the family record. */
    careSetting: text('care_setting').notNull(),
    /** By dimension id: { carer, child, evidence, goals }. */
    dimensions: jsonb('dimensions')
      .$type<Record<string, { carer: number; child: number; evidence: string; goals: string }>>()
      .notNull(),
    summary: text('summary'),
    reviewedBy: uuid('reviewed_by'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('secure_base_reviews_family').on(t.serviceId, t.familyId, t.reviewedOn),
    familyKey(t),
    personKey(t, t.childId),
    personKey(t, t.carerId),
  ],
);

/** An observation of the four features of attachment between a child and a carer. */
export const attachmentObservations = pgTable(
  'attachment_observations',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    childId: uuid('child_id').notNull(),
    carerId: uuid('carer_id').notNull(),
    observedOn: date('observed_on').notNull(),
    /** Who observed, in words (the practitioner, a foster carer, a nursery worker). */
    observedBy: text('observed_by').notNull(),
    setting: text('setting'),
    /** By feature id: { seen, description }. */
    features: jsonb('features').$type<Record<string, { seen: string; description: string }>>().notNull(),
    recordedBy: uuid('recorded_by'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('attachment_observations_family').on(t.serviceId, t.familyId, t.observedOn),
    familyKey(t),
    personKey(t, t.childId),
    personKey(t, t.carerId),
  ],
);

/** A coded carer–baby interaction: timestamped events (bids, responses, mismatches, repairs). */
export const interactionObservations = pgTable(
  'interaction_observations',
  {
    serviceId: uuid('service_id').notNull(),
    id: uuid('id').notNull(),
    familyId: uuid('family_id').notNull(),
    childId: uuid('child_id').notNull(),
    carerId: uuid('carer_id').notNull(),
    observedOn: date('observed_on').notNull(),
    /** Coded live, or from a recording. */
    source: text('source', { enum: ['live', 'recording'] }).notNull(),
    context: text('context'),
    /** Coding time, pauses excluded, in milliseconds. */
    durationMs: integer('duration_ms').notNull(),
    events: jsonb('events').$type<{ atMs: number; code: string }[]>().notNull(),
    notes: text('notes'),
    codedBy: uuid('coded_by'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.id] }),
    index('interaction_observations_family').on(t.serviceId, t.familyId, t.observedOn),
    familyKey(t),
    personKey(t, t.childId),
    personKey(t, t.carerId),
    check('interaction_observations_duration', sql`${t.durationMs} > 0`),
  ],
);
