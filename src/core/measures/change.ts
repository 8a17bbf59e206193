import { inClinicalRange } from './score';
import type { MeasureDefinition, ReliableChangeRule } from './types';

/** The z beyond which a change is unlikely (p < .05) to be measurement error alone. */
const Z = 1.96;

/**
 * The standard error of the difference between two scores (Jacobson & Truax 1991):
 * SE = SD × √(1 − r), S_diff = √(2 × SE²).
 */
export function standardErrorOfDifference(sd: number, reliability: number): number {
  const se = sd * Math.sqrt(1 - reliability);
  return Math.sqrt(2 * se * se);
}

/** The smallest change, in points, that counts as reliable under a rule. */
export function reliableChangeThreshold(rule: ReliableChangeRule): number {
  return 'points' in rule ? rule.points : Z * standardErrorOfDifference(rule.sd, rule.reliability);
}

export type ReliableChange = 'improvement' | 'none' | 'deterioration';

/**
 * Where the latest score sits against the cut-off (see `inClinicalRange`), compared with the first:
 * - `recovered`: reliable improvement out of the clinical range
 *   (clinically significant change, Jacobson & Truax);
 * - `entered`: reliable deterioration from outside into the clinical range;
 * - `crossed-without-reliable-change`: crossed the cut-off by less than a reliable change;
 * - `stayed-clinical` or `stayed-below` (outside the clinical range): on the same side as before;
 * - null when the measure has no cut-off.
 */
export type ClinicalChange =
  'recovered' | 'entered' | 'crossed-without-reliable-change' | 'stayed-clinical' | 'stayed-below' | null;

export type ChangeClassification = {
  first: number;
  latest: number;
  /** latest − first, in the measure's points. */
  change: number;
  /** The change a reliable change needs, in points. */
  threshold: number;
  /** The reliable change index: the change over S_diff, when the rule gives the statistics. */
  rci: number | null;
  reliable: ReliableChange;
  clinical: ClinicalChange;
};

/**
 * Classifies the change between a first and a latest total by the measure's reliable-change rule
 * and clinical cut-off. A change of exactly the published threshold counts as reliable (the NHS
 * Talking Therapies convention); a computed threshold needs |RCI| > 1.96.
 */
export function classifyChange(def: MeasureDefinition, first: number, latest: number): ChangeClassification {
  const rule = def.reliableChange;
  const change = round(latest - first);
  const threshold = round(reliableChangeThreshold(rule));
  const exactRci = 'points' in rule ? null : (latest - first) / standardErrorOfDifference(rule.sd, rule.reliability);
  // A tiny tolerance, so a change of exactly the threshold is not lost to floating point (2.45).
  const isReliable = exactRci === null ? Math.abs(latest - first) >= threshold - 1e-9 : Math.abs(exactRci) > Z;
  const rci = exactRci === null ? null : round(exactRci);
  const better = def.higherIs === 'worse' ? latest < first : latest > first;
  const reliable: ReliableChange = !isReliable || latest === first ? 'none' : better ? 'improvement' : 'deterioration';

  let clinical: ClinicalChange = null;
  if (def.cutOff) {
    // The clinical range lies on the worse side of the cut-off, so leaving it is always a move in
    // the better direction and entering it one in the worse direction, whichever way the scale runs.
    const wasClinical = inClinicalRange(def, first) === true;
    const isClinical = inClinicalRange(def, latest) === true;
    if (wasClinical === isClinical) clinical = isClinical ? 'stayed-clinical' : 'stayed-below';
    else if (wasClinical && reliable === 'improvement') clinical = 'recovered';
    else if (!wasClinical && reliable === 'deterioration') clinical = 'entered';
    else clinical = 'crossed-without-reliable-change';
  }
  return { first, latest, change, threshold, rci, reliable, clinical };
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Plain words for a classification, as shown beside a chart. */
export function describeChange(c: ChangeClassification): string {
  if (c.clinical === 'recovered') return 'Reliable recovery: reliable improvement to below the clinical cut-off';
  if (c.clinical === 'entered') return 'Reliable deterioration into the clinical range';
  if (c.reliable === 'improvement') return 'Reliable improvement';
  if (c.reliable === 'deterioration') return 'Reliable deterioration';
  return 'No reliable change';
}
