/**
 * A standardised measure described as data: its items, how answers score, what missing answers
 * mean, its bands and cut-off, how much change is reliable, and the licence it is used under.
 * The scoring engine (`score.ts`) and the change rules (`change.ts`) read nothing else, so adding
 * a measure is adding a definition.
 */

export type MeasureId = 'phq9' | 'gad7' | 'core10' | 'epds' | 'gbo';

/** Who fills the measure in. */
export type Respondent = 'parent' | 'practitioner';

export type MeasureItem = {
  /** 1-based, as printed on the form. */
  number: number;
  /** The wording, where the licence allows it to be shipped; absent otherwise. */
  text?: string;
  /** The printed answers run from the highest score to the lowest. */
  reverse?: boolean;
  /** An answer scoring at least `atLeast` on this item alerts the allocated practitioner at once. */
  critical?: { atLeast: number; reason: string };
};

export type Subscale = { id: string; name: string; items: number[] };

export type Band = { from: number; label: string };

/**
 * When a change counts as reliable: a published threshold in points, or the statistics from which
 * the Jacobson–Truax threshold is computed (1.96 × SD × √2 × √(1 − reliability)).
 */
export type ReliableChangeRule =
  { points: number; source: string } | { sd: number; reliability: number; source: string };

export type Licence = {
  /** Short name of the licence, e.g. "CC BY-NC-ND 4.0". */
  name: string;
  /** The line shown wherever the measure is used, e.g. its copyright line. */
  notice: string;
  citation: string;
  /** Whether Haven ships the item text, or a service that holds a licence loads its own. */
  itemText: 'included' | 'service-loaded' | 'family-own-words';
};

export type MeasureDefinition = {
  id: MeasureId;
  /** Bumped when a definition changes, and stored with each result. */
  version: number;
  name: string;
  shortName: string;
  /** What it measures, in a line. */
  purpose: string;
  respondent: Respondent;
  /** The instruction printed above the items, where the licence allows it. */
  instructions?: string;
  /** Scores of the printed answers run from `min` to `max`; `labels` are the answers, in print order. */
  scale: { min: number; max: number; labels?: string[] };
  items: MeasureItem[];
  subscales: Subscale[];
  /**
   * Missing answers: with at most `maxMissing` gaps the total is pro-rated (the mean of the answered
   * items times the number of items); with more, or when `maxMissing` is 0, the result is incomplete.
   */
  missing: { maxMissing: number };
  /** The total is the items' sum (pro-rated as above), or their mean (goal ratings, to 1 decimal place). */
  total: 'sum' | 'mean';
  /** How the total reads: ascending by `from`. */
  bands: Band[];
  /**
   * The edge of the clinical range: a total at or above it when higher is worse, at or below it when
   * higher is better (as confidence and wellbeing scales publish theirs). Absent when there is none.
   */
  cutOff?: { score: number; source: string };
  /** Whether a higher total means more difficulty (most symptom measures) or more progress. */
  higherIs: 'worse' | 'better';
  reliableChange: ReliableChangeRule;
  licence: Licence;
  /** The LOINC code of the total score, where one is published, for exports (FHIR Observation.code). */
  loinc?: { code: string; display: string };
};

/** One answer per item, as the position of the printed answer (0 = first); null = not answered. */
export type Responses = (number | null)[];

export type ScoredMeasure = {
  /** Enough items were answered for a total. */
  complete: boolean;
  /** The total, pro-rated when some items were missing and the measure allows it; null if incomplete. */
  total: number | null;
  prorated: boolean;
  /** Item numbers left unanswered. */
  missingItems: number[];
  /** Each subscale's sum, or null when any of its items is missing. */
  subscales: Record<string, number | null>;
  /** The band the total falls in; null if incomplete. */
  band: string | null;
  /** The total is in the clinical range (see `cutOff`); null if incomplete or the measure has none. */
  clinical: boolean | null;
  /** Critical items answered at or above their threshold, whether or not the total is complete. */
  criticalItems: { number: number; score: number; reason: string }[];
};
