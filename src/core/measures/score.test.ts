import { describe, expect, it } from 'vitest';
import { MEASURES } from './catalogue';
import { CORE10 } from './core10';
import { EPDS } from './epds';
import { GAD7 } from './gad7';
import { GBO } from './gbo';
import { PHQ9 } from './phq9';
import { answerCount, bandOf, itemScore, responseProblems, scoreMeasure } from './score';
import type { MeasureDefinition, Responses } from './types';

/**
 * Golden tests: every expected number below is worked out by hand in the comments, from the
 * published scoring keys, not from the engine. Responses are the POSITIONS of the printed answers
 * (0 = first printed answer), which is what a form or a practitioner records.
 */

/**
 * Positions giving the wanted total, filling items from the first at the highest score. Reversed
 * items score `max − position`, so their position is `max − score`. Used only for band boundaries.
 */
function withTotal(def: MeasureDefinition, wanted: number, skip: number[] = []): Responses {
  let left = wanted;
  return def.items.map((item) => {
    if (skip.includes(item.number)) return item.reverse ? def.scale.max : 0; // scores the minimum
    const score = Math.min(def.scale.max, left);
    left -= score;
    return item.reverse ? def.scale.max - score : score;
  });
}

/** The same printed answer for every item. */
const all = (items: number, position: number): Responses => Array.from({ length: items }, () => position);

describe('itemScore and answerCount', () => {
  it('scores printed answers forwards, or backwards for reversed items', () => {
    expect(answerCount(PHQ9)).toBe(4); // 0..3
    expect(answerCount(CORE10)).toBe(5); // 0..4
    expect(answerCount(GBO)).toBe(11); // 0..10
    // CORE-10 item 1 (not reversed): positions 0..4 score 0..4.
    expect([0, 1, 2, 3, 4].map((p) => itemScore(CORE10, CORE10.items[0]!, p))).toEqual([0, 1, 2, 3, 4]);
    // CORE-10 item 2 (reversed): positions 0..4 score 4..0.
    expect([0, 1, 2, 3, 4].map((p) => itemScore(CORE10, CORE10.items[1]!, p))).toEqual([4, 3, 2, 1, 0]);
  });
});

describe('PHQ-9 (9 items × 0–3, total 0–27, no pro-rating)', () => {
  it('sums the answers: 1+2+1+3+0+2+1+1+0 = 11, moderate and in the clinical range', () => {
    const r = scoreMeasure(PHQ9, [1, 2, 1, 3, 0, 2, 1, 1, 0]);
    expect(r).toEqual({
      complete: true,
      total: 11,
      prorated: false,
      missingItems: [],
      subscales: {},
      band: 'Moderate',
      clinical: true,
      criticalItems: [],
    });
  });

  it('scores 0 and 27 at the ends', () => {
    expect(scoreMeasure(PHQ9, all(9, 0)).total).toBe(0);
    expect(scoreMeasure(PHQ9, all(9, 3)).total).toBe(27); // 9 × 3
  });

  it('bands at each boundary: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe', () => {
    const bands: [number, string][] = [
      [0, 'Minimal'],
      [4, 'Minimal'],
      [5, 'Mild'],
      [9, 'Mild'],
      [10, 'Moderate'],
      [14, 'Moderate'],
      [15, 'Moderately severe'],
      [19, 'Moderately severe'],
      [20, 'Severe'],
      [27, 'Severe'],
    ];
    for (const [total, band] of bands) {
      const r = scoreMeasure(PHQ9, withTotal(PHQ9, total));
      expect([r.total, r.band]).toEqual([total, band]);
    }
  });

  it('is in the clinical range from the cut-off of 10, not at 9', () => {
    expect(scoreMeasure(PHQ9, withTotal(PHQ9, 9)).clinical).toBe(false);
    expect(scoreMeasure(PHQ9, withTotal(PHQ9, 10)).clinical).toBe(true);
  });

  it('flags item 9 at "Several days" (score 1) or more, and not at "Not at all"', () => {
    expect(scoreMeasure(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 0]).criticalItems).toEqual([]);
    expect(scoreMeasure(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 1]).criticalItems).toEqual([
      { number: 9, score: 1, reason: 'Thoughts of being better off dead or of self-harm' },
    ]);
  });

  it('flags item 9 even when a missing item leaves the total incomplete', () => {
    // Item 2 unanswered; PHQ-9 allows no gaps, so there is no total, band or clinical flag,
    // but item 9 answered "More than half the days" (score 2) must still alert.
    const r = scoreMeasure(PHQ9, [0, null, 0, 0, 0, 0, 0, 0, 2]);
    expect(r).toMatchObject({ complete: false, total: null, prorated: false, band: null, clinical: null });
    expect(r.missingItems).toEqual([2]);
    expect(r.criticalItems).toEqual([{ number: 9, score: 2, reason: expect.any(String) as unknown }]);
  });
});

describe('GAD-7 (7 items × 0–3, total 0–21, no pro-rating)', () => {
  it('sums the answers: 3+3+2+2+1+1+0 = 12, moderate and in the clinical range', () => {
    const r = scoreMeasure(GAD7, [3, 3, 2, 2, 1, 1, 0]);
    expect([r.total, r.band, r.clinical, r.criticalItems]).toEqual([12, 'Moderate', true, []]);
  });

  it('bands at each boundary: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe', () => {
    const bands: [number, string][] = [
      [4, 'Minimal'],
      [5, 'Mild'],
      [9, 'Mild'],
      [10, 'Moderate'],
      [14, 'Moderate'],
      [15, 'Severe'],
      [21, 'Severe'],
    ];
    for (const [total, band] of bands) expect(scoreMeasure(GAD7, withTotal(GAD7, total)).band).toBe(band);
  });

  it('is in the clinical range from the Talking Therapies cut-off of 8, not at 7', () => {
    expect(scoreMeasure(GAD7, withTotal(GAD7, 7)).clinical).toBe(false);
    expect(scoreMeasure(GAD7, withTotal(GAD7, 8)).clinical).toBe(true);
  });

  it('has no total with one item missing', () => {
    const r = scoreMeasure(GAD7, [3, 3, null, 2, 1, 1, 0]);
    expect([r.complete, r.total, r.missingItems]).toEqual([false, null, [3]]);
  });
});

describe('CORE-10 (10 items × 0–4, items 2 and 3 reversed, one gap pro-rated)', () => {
  // Printed answers in order: Not at all, Only occasionally, Sometimes, Often, Most or all of the time.
  // Items 2 ("someone to turn to") and 3 ("able to cope") are positively worded: position p scores 4 − p.
  const worked: Responses = [2, 1, 3, 2, 1, 0, 3, 2, 2, 1];
  // item:    1  2      3      4  5  6  7  8  9  10
  // score:   2  4−1=3  4−3=1  2  1  0  3  2  2  1   → total 17
  // problems (1,5,7,8,9,10) = 2+1+3+2+2+1 = 11; functioning (2,3,4) = 3+1+2 = 6; risk (6) = 0.

  it('reverses items 2 and 3 and sums: 17, moderate (15–19), clinical', () => {
    expect(scoreMeasure(CORE10, worked)).toEqual({
      complete: true,
      total: 17,
      prorated: false,
      missingItems: [],
      subscales: { problems: 11, functioning: 6, risk: 0 },
      band: 'Moderate',
      clinical: true,
      criticalItems: [],
    });
  });

  it('scores "Not at all" throughout as 8: no support and unable to cope score 4 each', () => {
    const r = scoreMeasure(CORE10, all(10, 0));
    expect([r.total, r.subscales]).toEqual([8, { problems: 0, functioning: 8, risk: 0 }]);
  });

  it('scores "Most or all of the time" throughout as 32: 8 items × 4, items 2 and 3 score 0', () => {
    expect(scoreMeasure(CORE10, all(10, 4)).total).toBe(32);
  });

  it('pro-rates one missing item as the mean of the nine answered × 10, to one decimal', () => {
    // Item 7 (score 3) missing: answered sum 17 − 3 = 14; 14 / 9 = 1.5556; × 10 = 15.556 → 15.6.
    const r = scoreMeasure(CORE10, [2, 1, 3, 2, 1, 0, null, 2, 2, 1]);
    expect(r).toEqual({
      complete: true,
      total: 15.6,
      prorated: true,
      missingItems: [7],
      // Problems contains item 7, so it has no sum; the others are whole.
      subscales: { problems: null, functioning: 6, risk: 0 },
      band: 'Moderate',
      clinical: true,
      criticalItems: [],
    });
    // Item 1 (score 2) missing: 15 / 9 × 10 = 16.667 → 16.7.
    expect(scoreMeasure(CORE10, [null, 1, 3, 2, 1, 0, 3, 2, 2, 1]).total).toBe(16.7);
    // A reversed item missing: item 2 (score 3) missing: 14 / 9 × 10 → 15.6, functioning has no sum.
    const rev = scoreMeasure(CORE10, [2, null, 3, 2, 1, 0, 3, 2, 2, 1]);
    expect([rev.total, rev.subscales.functioning]).toEqual([15.6, null]);
  });

  it('reads a pro-rated total against the cut-off as it stands: 10.0 is below, 11.1 is clinical', () => {
    // Nine answered summing to 9 → 9 / 9 × 10 = 10.0; summing to 10 → 10 / 9 × 10 = 11.1.
    const nine = scoreMeasure(
      CORE10,
      withTotal(CORE10, 9).map((p, i) => (i === 9 ? null : p)),
    );
    expect([nine.total, nine.band, nine.clinical]).toEqual([10, 'Below the clinical range', false]);
    const ten = scoreMeasure(
      CORE10,
      withTotal(CORE10, 10).map((p, i) => (i === 9 ? null : p)),
    );
    expect([ten.total, ten.band, ten.clinical]).toEqual([11.1, 'Mild', true]);
  });

  it('is incomplete with two items missing', () => {
    const r = scoreMeasure(CORE10, [2, 1, 3, 2, 1, 0, null, 2, null, 1]);
    expect(r).toMatchObject({ complete: false, total: null, prorated: false, band: null, clinical: null });
    expect(r.missingItems).toEqual([7, 9]);
    expect(r.subscales).toEqual({ problems: null, functioning: 6, risk: 0 });
  });

  it('bands at each boundary: ≤10 below, 11–14 mild, 15–19 moderate, 20–24 moderately severe, ≥25 severe', () => {
    const bands: [number, string][] = [
      [0, 'Below the clinical range'],
      [10, 'Below the clinical range'],
      [11, 'Mild'],
      [14, 'Mild'],
      [15, 'Moderate'],
      [19, 'Moderate'],
      [20, 'Moderately severe'],
      [24, 'Moderately severe'],
      [25, 'Severe'],
      [40, 'Severe'],
    ];
    for (const [total, band] of bands) {
      const r = scoreMeasure(CORE10, withTotal(CORE10, total));
      expect([r.total, r.band, r.clinical]).toEqual([total, band, total >= 11]);
    }
  });

  it('flags item 6 ("I made plans to end my life") from "Only occasionally", even when incomplete', () => {
    expect(scoreMeasure(CORE10, withTotal(CORE10, 12, [6])).criticalItems).toEqual([]);
    const r = scoreMeasure(CORE10, [null, null, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(r.complete).toBe(false);
    expect(r.criticalItems).toEqual([{ number: 6, score: 1, reason: 'Plans to end their life' }]);
  });
});

describe('EPDS (10 items × 0–3; items 1, 2, 4 forwards; 3, 5–10 reversed)', () => {
  // Items 1, 2, 4: printed answers 1st..4th score 0, 1, 2, 3.
  // Items 3, 5, 6, 7, 8, 9, 10: printed answers 1st..4th score 3, 2, 1, 0.

  it('scores every first printed answer as 21: seven reversed items × 3, items 1, 2, 4 × 0', () => {
    const r = scoreMeasure(EPDS, all(10, 0));
    expect(r.total).toBe(21);
    expect(r.band).toBe('Probable depression');
    expect(r.subscales).toEqual({ anxiety: 6 }); // item 3 (3) + item 4 (0) + item 5 (3)
    expect(r.criticalItems).toEqual([{ number: 10, score: 3, reason: expect.any(String) as unknown }]);
  });

  it('scores every last printed answer as 9: items 1, 2, 4 × 3, the reversed items 0', () => {
    const r = scoreMeasure(EPDS, all(10, 3));
    expect([r.total, r.band, r.clinical, r.subscales, r.criticalItems]).toEqual([
      9,
      'Below the threshold',
      false,
      { anxiety: 3 }, // 0 + 3 + 0
      [],
    ]);
  });

  it('works a mixed form: 14, probable depression, EPDS-3A 7', () => {
    // positions: 1  1  0      2  1      1      2      1      3      3
    // score:     1  1  3−0=3  2  3−1=2  3−1=2  3−2=1  3−1=2  3−3=0  3−3=0  → 14
    // EPDS-3A (items 3, 4, 5) = 3 + 2 + 2 = 7.
    expect(scoreMeasure(EPDS, [1, 1, 0, 2, 1, 1, 2, 1, 3, 3])).toEqual({
      complete: true,
      total: 14,
      prorated: false,
      missingItems: [],
      subscales: { anxiety: 7 },
      band: 'Probable depression',
      clinical: true,
      criticalItems: [],
    });
  });

  it('bands at each boundary: <10 below, 10–12 possible, ≥13 probable; clinical from 13', () => {
    const bands: [number, string, boolean][] = [
      [9, 'Below the threshold', false],
      [10, 'Possible depression (sensitive threshold)', false],
      [12, 'Possible depression (sensitive threshold)', false],
      [13, 'Probable depression', true],
      [30, 'Probable depression', true],
    ];
    for (const [total, band, clinical] of bands) {
      const r = scoreMeasure(EPDS, withTotal(EPDS, total));
      expect([r.total, r.band, r.clinical]).toEqual([total, band, clinical]);
    }
  });

  it('flags item 10 at any score above 0: the third printed answer scores 1, the fourth 0', () => {
    const base = [0, 0, 3, 0, 3, 3, 3, 3, 3]; // items 1–9 all scoring 0
    expect(scoreMeasure(EPDS, [...base, 3]).criticalItems).toEqual([]);
    expect(scoreMeasure(EPDS, [...base, 2]).criticalItems).toEqual([
      { number: 10, score: 1, reason: 'Thoughts of self-harm: any score above 0 needs further assessment' },
    ]);
    expect(scoreMeasure(EPDS, [...base, 2]).total).toBe(1);
  });

  it('has no total with any item missing, but still flags item 10 and keeps EPDS-3A when 3–5 are answered', () => {
    const r = scoreMeasure(EPDS, [null, 0, 1, 1, 1, 0, 0, 0, 0, 1]);
    expect(r).toMatchObject({ complete: false, total: null, band: null, clinical: null, missingItems: [1] });
    expect(r.subscales).toEqual({ anxiety: 2 + 1 + 2 }); // item 3: 3−1, item 4: 1, item 5: 3−1
    expect(r.criticalItems).toEqual([{ number: 10, score: 2, reason: expect.any(String) as unknown }]);
    expect(scoreMeasure(EPDS, [0, 0, 0, null, 0, 0, 0, 0, 0, 0]).subscales).toEqual({ anxiety: null });
  });
});

describe('Goal-based outcomes (up to 3 goals rated 0–10, total the mean)', () => {
  it('takes the mean of the goals rated, to one decimal, without pro-rating', () => {
    // (7 + 4) / 2 = 5.5
    expect(scoreMeasure(GBO, [7, 4, null])).toMatchObject({ complete: true, total: 5.5, prorated: false });
    // (2 + 3 + 3) / 3 = 2.667 → 2.7
    expect(scoreMeasure(GBO, [2, 3, 3]).total).toBe(2.7);
    expect(scoreMeasure(GBO, [10, null, null]).total).toBe(10);
  });

  it('has no total without a rating, and no band cut-off or clinical flag', () => {
    expect(scoreMeasure(GBO, [null, null, null])).toMatchObject({ complete: false, total: null, band: null });
    expect(scoreMeasure(GBO, [5, 5, 5])).toMatchObject({ band: 'Goal ratings', clinical: null });
  });
});

describe('the clinical range of a higher-is-better measure', () => {
  it('lies at or below the cut-off, where a low total is the concern', () => {
    // Goals reshaped to a sum with a cut-off of 15 (not a built-in measure): 5+5+5 = 15 is in the
    // range, 5+5+6 = 16 is not; 10+10+10 = 30 is far from it.
    const def: MeasureDefinition = {
      ...GBO,
      total: 'sum',
      missing: { maxMissing: 0 },
      cutOff: { score: 15, source: 'test' },
    };
    expect(scoreMeasure(def, [5, 5, 5]).clinical).toBe(true);
    expect(scoreMeasure(def, [5, 5, 6]).clinical).toBe(false);
    expect(scoreMeasure(def, [10, 10, 10]).clinical).toBe(false);
  });
});

describe('invalid responses are refused', () => {
  it('names a wrong number of answers', () => {
    expect(responseProblems(PHQ9, all(8, 0))).toEqual([
      { item: 0, message: 'PHQ-9 has 9 items; 8 answers were given.' },
    ]);
    expect(() => scoreMeasure(PHQ9, all(10, 0))).toThrow('PHQ-9 has 9 items; 10 answers were given.');
  });

  it('names each item whose answer is not one of its printed answers', () => {
    // PHQ-9 has 4 answers (positions 0–3): 4, −1, 1.5 and NaN are not among them.
    expect(responseProblems(PHQ9, [0, 0, 4, 0, -1, 0, 1.5, 0, Number.NaN])).toEqual([
      { item: 3, message: 'Item 3: choose one of the 4 answers.' },
      { item: 5, message: 'Item 5: choose one of the 4 answers.' },
      { item: 7, message: 'Item 7: choose one of the 4 answers.' },
      { item: 9, message: 'Item 9: choose one of the 4 answers.' },
    ]);
    expect(() => scoreMeasure(PHQ9, [0, 0, 4, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
  });

  it('accepts the last printed answer and gaps, and refuses one past it', () => {
    expect(responseProblems(CORE10, [4, 4, 4, 4, 4, 4, 4, 4, 4, null])).toEqual([]);
    expect(responseProblems(CORE10, [5, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([
      { item: 1, message: 'Item 1: choose one of the 5 answers.' },
    ]);
    expect(responseProblems(GBO, [10, null, null])).toEqual([]);
    expect(() => scoreMeasure(GBO, [11, null, null])).toThrow('Item 1: choose one of the 11 answers.');
  });
});

describe('definitions', () => {
  it('have bands ascending from the lowest possible total, items numbered 1..n, and known subscale items', () => {
    for (const def of Object.values(MEASURES)) {
      expect(def.items.map((i) => i.number)).toEqual(def.items.map((_, i) => i + 1));
      expect(def.bands[0]?.from).toBe(def.total === 'mean' ? def.scale.min : def.scale.min * def.items.length);
      for (let i = 1; i < def.bands.length; i++) expect(def.bands[i]!.from).toBeGreaterThan(def.bands[i - 1]!.from);
      for (const sub of def.subscales) for (const n of sub.items) expect(n).toBeLessThanOrEqual(def.items.length);
      if (def.scale.labels) expect(def.scale.labels).toHaveLength(answerCount(def));
      expect(bandOf(def, def.bands[0]!.from)).toBe(def.bands[0]!.label);
    }
  });
});
