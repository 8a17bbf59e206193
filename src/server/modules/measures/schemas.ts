import { z } from 'zod';
import {
  ENTRY_MODE_CODES,
  MEASURE_IDS,
  SCORED_ELSEWHERE_CODES,
  TIMEPOINT_CODES,
} from '../../../core/measures/catalogue';

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
