import type { MeasureDefinition, MeasureItem, Responses, ScoredMeasure } from './types';

/** How many printed answers each item has. */
export const answerCount = (def: MeasureDefinition): number => def.scale.max - def.scale.min + 1;

/** The score of the printed answer at `position` (0 = first) for one item. */
export function itemScore(def: MeasureDefinition, item: MeasureItem, position: number): number {
  return item.reverse ? def.scale.max - position : def.scale.min + position;
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** The band a total falls in: the last band whose start it reaches. */
export function bandOf(def: MeasureDefinition, total: number): string {
  let label = def.bands[0]?.label ?? '';
  for (const band of def.bands) if (total >= band.from) label = band.label;
  return label;
}

/**
 * Whether a total is in the clinical range: at or above the cut-off when a higher total means more
 * difficulty, at or below it when a higher total means more progress (a confidence or wellbeing
 * scale, where a low total is the concern). Null when the measure has no cut-off.
 */
export function inClinicalRange(def: MeasureDefinition, total: number): boolean | null {
  if (!def.cutOff) return null;
  return def.higherIs === 'worse' ? total >= def.cutOff.score : total <= def.cutOff.score;
}

/**
 * Problems with a set of responses, as messages naming the item; empty when they can be scored.
 * Each answer must be the position of one of the item's printed answers, or null.
 */
export function responseProblems(def: MeasureDefinition, responses: Responses): { item: number; message: string }[] {
  const problems: { item: number; message: string }[] = [];
  if (responses.length !== def.items.length) {
    problems.push({
      item: 0,
      message: `${def.shortName} has ${def.items.length} items; ${responses.length} answers were given.`,
    });
    return problems;
  }
  const count = answerCount(def);
  def.items.forEach((item, i) => {
    const answer = responses[i];
    if (answer === null || answer === undefined) return;
    if (!Number.isInteger(answer) || answer < 0 || answer >= count) {
      problems.push({ item: item.number, message: `Item ${item.number}: choose one of the ${count} answers.` });
    }
  });
  return problems;
}

/**
 * Scores one completion of a measure from the positions of the answers given. Throws on responses
 * that `responseProblems` would refuse, so nothing malformed is ever scored.
 */
export function scoreMeasure(def: MeasureDefinition, responses: Responses): ScoredMeasure {
  const problems = responseProblems(def, responses);
  if (problems.length > 0) throw new RangeError(problems.map((p) => p.message).join(' '));
  const scores = new Map<number, number>();
  const missingItems: number[] = [];
  def.items.forEach((item, i) => {
    const answer = responses[i];
    if (answer === null || answer === undefined) missingItems.push(item.number);
    else scores.set(item.number, itemScore(def, item, answer));
  });

  const answered = [...scores.values()];
  const sum = answered.reduce((a, b) => a + b, 0);
  const complete = missingItems.length <= def.missing.maxMissing && answered.length > 0;
  let total: number | null = null;
  if (complete) {
    if (def.total === 'mean') total = oneDecimal(sum / answered.length);
    else if (missingItems.length === 0) total = sum;
    else total = oneDecimal((sum / answered.length) * def.items.length);
  }

  const subscales: Record<string, number | null> = {};
  for (const sub of def.subscales) {
    const parts = sub.items.flatMap((n) => {
      const s = scores.get(n);
      return s === undefined ? [] : [s];
    });
    subscales[sub.id] = parts.length === sub.items.length ? parts.reduce((a, b) => a + b, 0) : null;
  }

  const criticalItems = def.items.flatMap((item) => {
    const score = scores.get(item.number);
    return item.critical && score !== undefined && score >= item.critical.atLeast
      ? [{ number: item.number, score, reason: item.critical.reason }]
      : [];
  });

  return {
    complete,
    total,
    prorated: complete && def.total === 'sum' && missingItems.length > 0,
    missingItems,
    subscales,
    band: total === null ? null : bandOf(def, total),
    clinical: total === null ? null : inClinicalRange(def, total),
    criticalItems,
  };
}
