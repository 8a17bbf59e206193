import { z } from 'zod';
import {
  ENTRY_MODE_CODES,
  MEASURE_IDS,
  MEASURES,
  QUESTIONNAIRE_IDS,
  SCORED_ELSEWHERE_CODES,
  TIMEPOINT_CODES,
} from '../../../core/measures/catalogue';
import { MAX_GOALS } from '../../../core/measures/gbo';
import { responseProblems } from '../../../core/measures/score';
import type { MeasureId } from '../../../core/measures/types';
import { blankable, optionalText, pastDate, text, Version } from '../../platform/fields';

/** The measures given to one person: all but goals. */
type QuestionnaireId = Exclude<MeasureId, 'gbo'>;

export const MeasureIdParam = z.object({ measureId: z.enum(MEASURE_IDS, 'Not a measure Haven knows') });

/** One item as a form shows it: its wording and printed answers when the service may show them. */
const MeasureItemView = z.object({
  number: z.number().int(),
  /** Null when the licence keeps the wording out of Haven and the service has not loaded its own. */
  text: z.string().nullable(),
  /** The printed answers in print order; null when not known (enter the position ticked). */
  answers: z.array(z.string()).nullable(),
  reverse: z.boolean(),
  critical: z.boolean(),
});

export const MeasureView = z
  .object({
    id: z.enum(MEASURE_IDS),
    version: z.number().int(),
    name: z.string(),
    shortName: z.string(),
    purpose: z.string(),
    respondent: z.enum(['parent', 'practitioner']),
    instructions: z.string().nullable(),
    scale: z.object({ min: z.number().int(), max: z.number().int() }),
    items: z.array(MeasureItemView),
    subscales: z.array(z.object({ id: z.string(), name: z.string(), items: z.array(z.number().int()) })),
    bands: z.array(z.object({ from: z.number(), label: z.string() })),
    cutOff: z.number().nullable(),
    higherIs: z.enum(['worse', 'better']),
    /** The smallest change, in points, that counts as reliable, and where the rule comes from. */
    reliableChange: z.object({ threshold: z.number(), source: z.string() }),
    licence: z.object({ name: z.string(), notice: z.string(), citation: z.string() }),
    /**
     * Where the wording comes from: shipped with Haven, loaded by this service under its own
     * licence, not loaded (enter answers by position), or the family's own words (goals).
     */
    wording: z.enum(['included', 'service-loaded', 'not-loaded', 'family-own-words']),
  })
  .meta({ id: 'Measure' });
export type MeasureView = z.infer<typeof MeasureView>;

const Coded = z.object({ code: z.string(), label: z.string() });

export const MeasureCatalogue = z.object({
  measures: z.array(MeasureView),
  timepoints: z.array(Coded),
  scoredElsewhere: z.array(Coded),
});
export type MeasureCatalogue = z.infer<typeof MeasureCatalogue>;

const Person = z.object({ id: z.uuid(), name: z.string() });

export const MeasureResult = z
  .object({
    id: z.uuid(),
    measureId: z.enum(MEASURE_IDS),
    measureVersion: z.number().int(),
    /** The carer the result is about; null for the family's goals. */
    personId: z.uuid().nullable(),
    timepoint: z.enum(TIMEPOINT_CODES),
    completedOn: z.string(),
    mode: z.enum(ENTRY_MODE_CODES),
    /** The position of each printed answer given (0 = first), in item order; null = not answered. */
    responses: z.array(z.number().int().nullable()),
    goals: z.array(z.object({ goalId: z.uuid(), text: z.string() })).nullable(),
    complete: z.boolean(),
    total: z.number().nullable(),
    prorated: z.boolean(),
    subscales: z.record(z.string(), z.number().nullable()),
    band: z.string().nullable(),
    /** At or above the clinical cut-off; null when incomplete or the measure has none. */
    clinical: z.boolean().nullable(),
    criticalItems: z.array(z.object({ number: z.number().int(), score: z.number(), reason: z.string() })),
    /** For a result with critical items: who acknowledged the alert, when, and what they did. */
    alert: z
      .object({
        acknowledgedAt: z.string().nullable(),
        acknowledgedBy: Person.nullable(),
        action: z.string().nullable(),
      })
      .nullable(),
    recordedBy: Person.nullable(),
    withdrawn: z.object({ at: z.string(), reason: z.string() }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'MeasureResult' });
export type MeasureResult = z.infer<typeof MeasureResult>;

export { SCORED_ELSEWHERE_CODES };

// ---- Inputs -------------------------------------------------------------------------------------

export const ResultId = z.object({ id: z.uuid('Not a measure result id') });
export const GoalId = z.object({ id: z.uuid('Not a goal id') });

const Timepoint = z.enum(TIMEPOINT_CODES, 'Choose when the measure was given');

/**
 * A questionnaire the practitioner entered. The answers are checked against the measure here, at
 * the edge, so each problem names its item (`responses.8`); a measure that cannot be pro-rated
 * must have every item answered.
 */
export const GiveMeasure = z
  .object({
    measureId: z.enum(QUESTIONNAIRE_IDS as [QuestionnaireId, ...QuestionnaireId[]], 'Choose a measure'),
    personId: z.uuid('Choose the parent or carer the measure is about'),
    timepoint: Timepoint,
    completedOn: pastDate('The date completed'),
    responses: z.array(z.number().int('Choose one of the printed answers').nullable()),
  })
  .superRefine((v, ctx) => {
    const def = MEASURES[v.measureId];
    const problems = responseProblems(def, v.responses);
    for (const p of problems) {
      ctx.addIssue({
        code: 'custom',
        path: p.item > 0 ? ['responses', p.item - 1] : ['responses'],
        message: p.message,
      });
    }
    if (problems.length > 0) return;
    const missing = v.responses.flatMap((r, i) => (r === null ? [i] : []));
    if (missing.length > def.missing.maxMissing) {
      const allowed =
        def.missing.maxMissing === 0
          ? `${def.shortName} needs every item answered`
          : `${def.shortName} can be scored with at most ${String(def.missing.maxMissing)} missing`;
      for (const i of missing) {
        ctx.addIssue({
          code: 'custom',
          path: ['responses', i],
          message: `Item ${String(i + 1)}: choose an answer (${allowed})`,
        });
      }
    }
  });
export type GiveMeasure = z.infer<typeof GiveMeasure>;

export const AddGoal = z.object({
  text: text(300, "Enter the goal in the family's own words"),
  setOn: pastDate('The date the goal was set').optional().describe('Defaults to today'),
});
export type AddGoal = z.infer<typeof AddGoal>;

export const ChangeGoal = z
  .object({
    version: Version,
    text: text(300, "Enter the goal in the family's own words").optional(),
    closedOn: pastDate('The date the goal was closed').optional(),
  })
  .refine((v) => v.text !== undefined || v.closedOn !== undefined, 'Reword the goal or close it');
export type ChangeGoal = z.infer<typeof ChangeGoal>;

export const RateGoals = z.object({
  timepoint: Timepoint,
  completedOn: pastDate('The date rated'),
  ratings: z
    .array(
      z.object({
        goalId: z.uuid('Not a goal id'),
        rating: z
          .number('Rate the goal from 0 to 10')
          .int('Rate the goal with a whole number from 0 to 10')
          .min(0, 'Rate the goal from 0 to 10')
          .max(10, 'Rate the goal from 0 to 10'),
      }),
    )
    .min(1, 'Rate at least one goal')
    .max(MAX_GOALS, `A family has at most ${String(MAX_GOALS)} goals`)
    .refine((r) => new Set(r.map((x) => x.goalId)).size === r.length, 'Rate each goal once'),
});
export type RateGoals = z.infer<typeof RateGoals>;

export const WithdrawResult = z.object({
  version: Version,
  reason: text(500, 'Say why the result is being withdrawn'),
});
export type WithdrawResult = z.infer<typeof WithdrawResult>;

export const AcknowledgeAlert = z.object({
  version: Version,
  action: text(1000, 'Say what was done about the answer'),
});
export type AcknowledgeAlert = z.infer<typeof AcknowledgeAlert>;

export const RecordScoredElsewhere = z
  .object({
    tool: z.enum(SCORED_ELSEWHERE_CODES, 'Choose the tool'),
    toolName: optionalText(100),
    personId: blankable(z.uuid('Choose who the score is about')),
    timepoint: Timepoint,
    scoredOn: pastDate('The date scored'),
    score: z.number('Enter the score as a number').min(-9999).max(9999).nullish(),
    result: optionalText(200),
    notes: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.tool === 'other' && !v.toolName) {
      ctx.addIssue({ code: 'custom', path: ['toolName'], message: 'Enter the name of the tool' });
    }
    if ((v.score === null || v.score === undefined) && !v.result) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: 'Enter the score, the result, or both' });
    }
  });
export type RecordScoredElsewhere = z.infer<typeof RecordScoredElsewhere>;

// ---- Answers ------------------------------------------------------------------------------------

export const Goal = z
  .object({
    id: z.uuid(),
    /** 1 to 3: its place among the family's open goals. */
    slot: z.number().int(),
    text: z.string(),
    setOn: z.string(),
    closedOn: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Goal' });
export type Goal = z.infer<typeof Goal>;

export const ScoredElsewhere = z
  .object({
    id: z.uuid(),
    tool: z.enum(SCORED_ELSEWHERE_CODES),
    /** The tool's name as shown: Haven's name for it, or the name given for another tool. */
    toolName: z.string(),
    personId: z.uuid().nullable(),
    timepoint: z.enum(TIMEPOINT_CODES),
    scoredOn: z.string(),
    score: z.number().nullable(),
    result: z.string().nullable(),
    notes: z.string().nullable(),
    recordedBy: Person.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ScoredElsewhere' });
export type ScoredElsewhere = z.infer<typeof ScoredElsewhere>;

const Change = z.object({
  first: z.number(),
  latest: z.number(),
  change: z.number(),
  threshold: z.number(),
  rci: z.number().nullable(),
  reliable: z.enum(['improvement', 'none', 'deterioration']),
  clinical: z
    .enum(['recovered', 'entered', 'crossed-without-reliable-change', 'stayed-clinical', 'stayed-below'])
    .nullable(),
  /** The classification in words, as shown beside the chart. */
  description: z.string(),
});

const SeriesPoint = z.object({
  resultId: z.uuid(),
  completedOn: z.string(),
  timepoint: z.enum(TIMEPOINT_CODES),
  score: z.number(),
  band: z.string().nullable(),
  mode: z.enum(ENTRY_MODE_CODES),
});

/**
 * One line of a chart: a person's totals on one measure, or one goal's ratings, oldest first, from
 * results that are complete and not withdrawn; and the change from the first to the latest.
 */
export const Series = z
  .object({
    measureId: z.enum(MEASURE_IDS),
    personId: z.uuid().nullable(),
    goalId: z.uuid().nullable(),
    points: z.array(SeriesPoint),
    change: Change.nullable(),
  })
  .meta({ id: 'MeasureSeries' });
export type Series = z.infer<typeof Series>;

export const FamilyMeasures = z.object({
  results: z.array(MeasureResult),
  goals: z.array(Goal),
  scoredElsewhere: z.array(ScoredElsewhere),
  /** The family's people: carers can be given measures; carers and babies can have other tools' scores. */
  people: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['carer', 'baby']), active: z.boolean() })),
  series: z.array(Series),
});
export type FamilyMeasures = z.infer<typeof FamilyMeasures>;
