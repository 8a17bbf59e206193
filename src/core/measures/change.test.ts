import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURES } from './catalogue';
import { classifyChange, describeChange, reliableChangeThreshold, standardErrorOfDifference } from './change';
import { CORE10 } from './core10';
import { GBO } from './gbo';
import { PHQ9 } from './phq9';
import type { MeasureDefinition } from './types';

/**
 * Reliable and clinically significant change (Jacobson & Truax 1991), checked against worked
 * examples done by hand, plus properties that must hold for any pair of totals.
 */

/** A CORE-10-shaped test measure (0–40, cut-off 11) whose threshold is computed from SD 7.5, r 0.88. */
const STATS: MeasureDefinition = {
  ...CORE10,
  reliableChange: { sd: 7.5, reliability: 0.88, source: 'test' },
};
/** A higher-is-better measure with a computed threshold (SD 5, r 0.84) and no cut-off. */
const STATS_BETTER: MeasureDefinition = {
  ...GBO,
  scale: { min: 0, max: 20 },
  reliableChange: { sd: 5, reliability: 0.84, source: 'test' },
};

/**
 * A higher-is-better measure with a cut-off, shaped like a confidence scale: 15 items × 0–3
 * (0–45), a total at or below 39 is the concern, reliable change 4 points. Not a built-in measure.
 */
const CONFIDENCE: MeasureDefinition = {
  ...PHQ9,
  shortName: 'Confidence (test)',
  scale: { min: 0, max: 3 },
  items: Array.from({ length: 15 }, (_, i) => ({ number: i + 1 })),
  bands: [{ from: 0, label: 'Any' }],
  cutOff: { score: 39, source: 'test' },
  higherIs: 'better',
  reliableChange: { points: 4, source: 'test' },
};

describe('the Jacobson–Truax threshold', () => {
  it('works SD 7.5, r 0.88 by hand: SE 2.598, S_diff 3.674, threshold 7.20', () => {
    // SE     = SD × √(1 − r)  = 7.5 × √0.12 = 7.5 × 0.346410 = 2.598076
    // S_diff = √(2 × SE²)     = 2.598076 × √2 = 2.598076 × 1.414214 = 3.674235
    // 1.96 × S_diff           = 1.96 × 3.674235 = 7.201500 → 7.20
    expect(standardErrorOfDifference(7.5, 0.88)).toBeCloseTo(3.674235, 6);
    expect(reliableChangeThreshold(STATS.reliableChange)).toBeCloseTo(7.2015, 4);
  });

  it('works SD 5, r 0.84 by hand: SE 2, S_diff 2.828, threshold 5.54', () => {
    // SE = 5 × √0.16 = 5 × 0.4 = 2; S_diff = 2 × √2 = 2.828427; 1.96 × 2.828427 = 5.543717 → 5.54
    expect(standardErrorOfDifference(5, 0.84)).toBeCloseTo(2.828427, 6);
    expect(reliableChangeThreshold(STATS_BETTER.reliableChange)).toBeCloseTo(5.543717, 6);
  });

  it('uses a published threshold in points as it stands', () => {
    expect(reliableChangeThreshold(PHQ9.reliableChange)).toBe(6);
    expect(reliableChangeThreshold(GBO.reliableChange)).toBe(2.45);
  });
});

describe('classifyChange with a computed threshold (RCI = change / S_diff, reliable when |RCI| > 1.96)', () => {
  it('25 → 17: RCI −8 / 3.674 = −2.18, reliable improvement, still clinical', () => {
    expect(classifyChange(STATS, 25, 17)).toEqual({
      first: 25,
      latest: 17,
      change: -8,
      threshold: 7.2,
      rci: -2.18,
      reliable: 'improvement',
      clinical: 'stayed-clinical',
    });
  });

  it('16 → 4: RCI −12 / 3.674 = −3.27, reliable improvement below the cut-off of 11: recovered', () => {
    const c = classifyChange(STATS, 16, 4);
    expect([c.rci, c.reliable, c.clinical]).toEqual([-3.27, 'improvement', 'recovered']);
  });

  it('15 → 8: RCI −7 / 3.674 = −1.91, crosses the cut-off without reliable change', () => {
    const c = classifyChange(STATS, 15, 8);
    expect([c.rci, c.reliable, c.clinical]).toEqual([-1.91, 'none', 'crossed-without-reliable-change']);
  });

  it('3 → 10.2: a change of 7.2 is RCI 1.9596, just short of 1.96, so not reliable', () => {
    // 7.2 / 3.674235 = 1.959592: below 1.96 although the threshold shows as 7.20 (exactly 7.2015).
    const c = classifyChange(STATS, 3, 10.2);
    expect([c.change, c.threshold, c.rci, c.reliable, c.clinical]).toEqual([7.2, 7.2, 1.96, 'none', 'stayed-below']);
  });

  it('4 → 11.3: RCI 7.3 / 3.674 = 1.99, reliable deterioration into the clinical range: entered', () => {
    const c = classifyChange(STATS, 4, 11.3);
    expect([c.rci, c.reliable, c.clinical]).toEqual([1.99, 'deterioration', 'entered']);
  });

  it('for a higher-is-better measure, a rise is improvement: 6 / 2.828 = 2.12 reliable, 5.5 / 2.828 = 1.94 not', () => {
    expect(classifyChange(STATS_BETTER, 4, 10)).toMatchObject({ rci: 2.12, reliable: 'improvement', clinical: null });
    expect(classifyChange(STATS_BETTER, 10, 4)).toMatchObject({ rci: -2.12, reliable: 'deterioration' });
    expect(classifyChange(STATS_BETTER, 4, 9.5)).toMatchObject({ rci: 1.94, reliable: 'none' });
  });
});

describe('classifyChange with a published threshold in points', () => {
  it('PHQ-9 (6 points, cut-off 10): a change of 5 is none, 6 is reliable', () => {
    const cases: [number, number, string, string | null][] = [
      [15, 10, 'none', 'stayed-clinical'], // −5
      [15, 9, 'improvement', 'recovered'], // −6, from 15 (≥ 10) to 9 (< 10)
      [12, 9, 'none', 'crossed-without-reliable-change'], // −3 across the cut-off
      [4, 9, 'none', 'stayed-below'], // +5
      [4, 10, 'deterioration', 'entered'], // +6, into the clinical range at exactly 10
      [20, 14, 'improvement', 'stayed-clinical'], // −6, still ≥ 10
      [14, 20, 'deterioration', 'stayed-clinical'], // +6
      [12, 12, 'none', 'stayed-clinical'],
    ];
    for (const [first, latest, reliable, clinical] of cases) {
      const c = classifyChange(PHQ9, first, latest);
      expect([first, latest, c.reliable, c.clinical]).toEqual([first, latest, reliable, clinical]);
      expect(c.threshold).toBe(6);
      expect(c.rci).toBeNull();
      expect(c.change).toBe(latest - first);
    }
  });

  it('goals (2.45 points, higher is better, no cut-off): exactly 2.45 is reliable, 2.4 is not', () => {
    expect(classifyChange(GBO, 3, 5.45)).toMatchObject({ change: 2.45, reliable: 'improvement', clinical: null });
    expect(classifyChange(GBO, 3, 5.4)).toMatchObject({ reliable: 'none', clinical: null });
    expect(classifyChange(GBO, 6, 3.5)).toMatchObject({ change: -2.5, reliable: 'deterioration' });
    // 3.55 − 1.1 is 2.4499999999999997 in floating point: still exactly the threshold.
    expect(classifyChange(GBO, 1.1, 3.55)).toMatchObject({ change: 2.45, reliable: 'improvement' });
  });

  it('CORE-10 pro-rated totals: 17 → 11.1 is −5.9, none; 17 → 10.8 is −6.2, recovered', () => {
    expect(classifyChange(CORE10, 17, 11.1)).toMatchObject({ change: -5.9, reliable: 'none' });
    expect(classifyChange(CORE10, 17, 10.8)).toMatchObject({ reliable: 'improvement', clinical: 'recovered' });
  });
});

describe('classifyChange when higher is better and the clinical range is at or below the cut-off', () => {
  it('calls a reliable rise out of the range recovery, and a reliable fall into it entering', () => {
    const cases: [number, number, string, string][] = [
      [35, 41, 'improvement', 'recovered'], // +6 from ≤ 39 to above 39
      [41, 35, 'deterioration', 'entered'], // −6 from above 39 to ≤ 39
      [37, 40, 'none', 'crossed-without-reliable-change'], // +3 only
      [40, 39, 'none', 'crossed-without-reliable-change'], // 39 is in the range
      [30, 36, 'improvement', 'stayed-clinical'], // +6, still ≤ 39
      [40, 45, 'improvement', 'stayed-below'], // outside the range throughout
    ];
    for (const [first, latest, reliable, clinical] of cases) {
      const c = classifyChange(CONFIDENCE, first, latest);
      expect([first, latest, c.reliable, c.clinical]).toEqual([first, latest, reliable, clinical]);
    }
    expect(describeChange(classifyChange(CONFIDENCE, 35, 41))).toMatch(/^Reliable recovery/);
    expect(describeChange(classifyChange(CONFIDENCE, 41, 35))).toBe('Reliable deterioration into the clinical range');
  });
});

describe('describeChange', () => {
  it('puts each classification in plain words', () => {
    expect(describeChange(classifyChange(PHQ9, 15, 9))).toBe(
      'Reliable recovery: reliable improvement to below the clinical cut-off',
    );
    expect(describeChange(classifyChange(PHQ9, 4, 10))).toBe('Reliable deterioration into the clinical range');
    expect(describeChange(classifyChange(PHQ9, 20, 14))).toBe('Reliable improvement');
    expect(describeChange(classifyChange(PHQ9, 14, 20))).toBe('Reliable deterioration');
    expect(describeChange(classifyChange(PHQ9, 12, 9))).toBe('No reliable change');
    expect(describeChange(classifyChange(PHQ9, 4, 9))).toBe('No reliable change');
    expect(describeChange(classifyChange(GBO, 3, 6))).toBe('Reliable improvement');
    expect(describeChange(classifyChange(GBO, 6, 3))).toBe('Reliable deterioration');
  });
});

describe('change properties', () => {
  const defs = [...Object.values(MEASURES), STATS, STATS_BETTER, CONFIDENCE];
  /** Two totals in the measure's range, at one decimal as the engine gives them. */
  const pairFor = (def: MeasureDefinition) => {
    const high = (def.total === 'mean' ? def.scale.max : def.scale.max * def.items.length) * 10;
    const total = fc.integer({ min: 0, max: high }).map((t) => t / 10);
    return fc.tuple(total, total);
  };
  const flipped = { improvement: 'deterioration', deterioration: 'improvement', none: 'none' } as const;
  const mirrored = {
    recovered: 'entered',
    entered: 'recovered',
    'crossed-without-reliable-change': 'crossed-without-reliable-change',
    'stayed-clinical': 'stayed-clinical',
    'stayed-below': 'stayed-below',
  } as const;

  it.each(defs.map((def) => [def.shortName + ' ' + JSON.stringify(def.reliableChange), def] as const))(
    '%s: swapping first and latest flips improvement and deterioration',
    (_name, def) => {
      fc.assert(
        fc.property(pairFor(def), ([a, b]) => {
          const forward = classifyChange(def, a, b);
          const back = classifyChange(def, b, a);
          expect(back.reliable).toBe(flipped[forward.reliable]);
          expect(back.clinical).toBe(forward.clinical === null ? null : mirrored[forward.clinical]);
          expect(back.change).toBeCloseTo(-forward.change, 9);
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(defs.map((def) => [def.shortName + ' ' + JSON.stringify(def.reliableChange), def] as const))(
    '%s: a change below the threshold is never reliable, above it always is, and in the right direction',
    (_name, def) => {
      const threshold = reliableChangeThreshold(def.reliableChange);
      fc.assert(
        fc.property(pairFor(def), ([a, b]) => {
          const c = classifyChange(def, a, b);
          const size = Math.abs(b - a);
          if (size < threshold - 1e-6) expect(c.reliable).toBe('none');
          if (size > threshold + 1e-6) {
            const better = def.higherIs === 'worse' ? b < a : b > a;
            expect(c.reliable).toBe(better ? 'improvement' : 'deterioration');
          }
          if (c.clinical === 'recovered' || c.clinical === 'entered') {
            expect(c.reliable).toBe(c.clinical === 'recovered' ? 'improvement' : 'deterioration');
          }
          if (c.clinical === 'crossed-without-reliable-change') expect(c.reliable).toBe('none');
        }),
        { numRuns: 300 },
      );
    },
  );

  it('sets the clinical category from the side of the cut-off each total is on', () => {
    fc.assert(
      fc.property(pairFor(PHQ9), ([a, b]) => {
        const c = classifyChange(PHQ9, a, b);
        const [was, is] = [a >= 10, b >= 10];
        if (was && is) expect(c.clinical).toBe('stayed-clinical');
        else if (!was && !is) expect(c.clinical).toBe('stayed-below');
        else expect(['recovered', 'entered', 'crossed-without-reliable-change']).toContain(c.clinical);
      }),
    );
  });
});
