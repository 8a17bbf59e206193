import { CORE10 } from './core10';
import { EPDS } from './epds';
import { GAD7 } from './gad7';
import { GBO } from './gbo';
import { PHQ9 } from './phq9';
import type { MeasureDefinition, MeasureId } from './types';

/** The measures Haven scores, by id. */
export const MEASURES: Record<MeasureId, MeasureDefinition> = {
  phq9: PHQ9,
  gad7: GAD7,
  core10: CORE10,
  epds: EPDS,
  gbo: GBO,
};
export const MEASURE_IDS = Object.keys(MEASURES) as [MeasureId, ...MeasureId[]];

/** The questionnaires given to one person (all but goals, which belong to the family). */
export const QUESTIONNAIRE_IDS = MEASURE_IDS.filter((id) => id !== 'gbo');

export const measureById = (id: MeasureId): MeasureDefinition => MEASURES[id];

const codes = <T extends Record<string, string>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

/** When in the work a measure was given. */
export const TIMEPOINTS = {
  referral: 'Referral',
  assessment: 'Assessment',
  review: 'Review',
  discharge: 'Discharge',
  'follow-up': 'Follow-up',
} as const;
export const TIMEPOINT_CODES = codes(TIMEPOINTS);
export type Timepoint = (typeof TIMEPOINT_CODES)[number];

/** How a result reached Haven. */
export const ENTRY_MODES = {
  practitioner: 'Entered by the practitioner',
  'parent-link': 'Completed by the parent through a link',
} as const;
export const ENTRY_MODE_CODES = codes(ENTRY_MODES);
export type EntryMode = (typeof ENTRY_MODE_CODES)[number];

/**
 * Observational and publisher-owned tools whose scores are recorded with the tool's name and the
 * date only: their items, manuals and coding schemes are never stored or shown.
 */
export const SCORED_ELSEWHERE_TOOLS = {
  piios: 'PIIOS (Parent–Infant Interaction Observation Scale)',
  'care-index': 'CARE-Index',
  kips: 'KIPS (Keys to Interactive Parenting Scale)',
  'asq-se2': 'ASQ:SE-2',
  'psi-4-sf': 'PSI-4-SF (Parenting Stress Index)',
  ncast: 'NCAST / Barnard Feeding or Teaching scale',
  'mors-sf': 'MORS-SF (Mothers’ Object Relations Scales)',
  wemwbs: 'WEMWBS / SWEMWBS',
  kpcs: 'Karitane Parenting Confidence Scale',
  other: 'Another tool',
} as const;
export const SCORED_ELSEWHERE_CODES = codes(SCORED_ELSEWHERE_TOOLS);
export type ScoredElsewhereTool = (typeof SCORED_ELSEWHERE_CODES)[number];

/** Days a parent's link stays open unless the practitioner chooses otherwise. */
export const LINK_DAYS_DEFAULT = 14;
/** Weeks after the latest measure before a review measure is due. */
export const REVIEW_DUE_WEEKS = 12;
