import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURES } from './catalogue';
import { answerCount, responseProblems, scoreMeasure } from './score';
import type { MeasureDefinition, Responses } from './types';

/**
 * Scoring invariants, checked over every built-in definition. Item scores are recomputed here
 * from the published rule (forwards from `min`, or backwards from `max` when reversed) rather
 * than through the engine, so a slip in the engine cannot hide behind itself.
 */

const expectedScore = (def: MeasureDefinition, index: number, position: number): number =>
  def.items[index]!.reverse ? def.scale.max - position : def.scale.min + position;

/** Any valid set of responses, gaps included. */
const responsesFor = (def: MeasureDefinition): fc.Arbitrary<Responses> =>
  fc.array(fc.option(fc.integer({ min: 0, max: answerCount(def) - 1 }), { nil: null, freq: 4 }), {
    minLength: def.items.length,
    maxLength: def.items.length,
  });

/** Responses with at most `maxMissing` gaps, so they always have a total. */
const completeResponsesFor = (def: MeasureDefinition): fc.Arbitrary<Responses> =>
  responsesFor(def).filter((r) => {
    const missing = r.filter((a) => a === null).length;
    return missing <= def.missing.maxMissing && missing < r.length;
  });

const answeredScores = (def: MeasureDefinition, r: Responses): number[] =>
  r.flatMap((a, i) => (a === null ? [] : [expectedScore(def, i, a)]));

const runs = { numRuns: 300 };

describe.each(Object.values(MEASURES).map((def) => [def.shortName, def] as const))('%s', (_name, def) => {
  const n = def.items.length;

  it('keeps the total within the possible range', () => {
    const [low, high] = def.total === 'mean' ? [def.scale.min, def.scale.max] : [n * def.scale.min, n * def.scale.max];
    fc.assert(
      fc.property(responsesFor(def), (r) => {
        const { total } = scoreMeasure(def, r);
        if (total !== null) {
          expect(total).toBeGreaterThanOrEqual(low);
          expect(total).toBeLessThanOrEqual(high);
        }
      }),
      runs,
    );
  });

  it('is complete exactly when the gaps are within the allowance and something was answered', () => {
    fc.assert(
      fc.property(responsesFor(def), (r) => {
        const s = scoreMeasure(def, r);
        const missing = r.filter((a) => a === null).length;
        const complete = missing <= def.missing.maxMissing && missing < n;
        expect(s.complete).toBe(complete);
        expect(s.total === null).toBe(!complete);
        expect(s.band === null).toBe(!complete);
        expect(s.missingItems).toEqual(r.flatMap((a, i) => (a === null ? [def.items[i]!.number] : [])));
        if (s.total !== null && def.cutOff) {
          const cut = def.cutOff.score;
          expect(s.clinical).toBe(def.higherIs === 'worse' ? s.total >= cut : s.total <= cut);
        } else expect(s.clinical).toBeNull();
      }),
      runs,
    );
  });

  it('totals as the sum, the pro-rated sum (mean of answered × items) or the mean, to one decimal', () => {
    fc.assert(
      fc.property(completeResponsesFor(def), (r) => {
        const s = scoreMeasure(def, r);
        const scores = answeredScores(def, r);
        const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
        const expected = def.total === 'mean' ? mean : mean * n;
        expect(s.total).toBeCloseTo(expected, 1); // within 0.05: rounded to one decimal
        expect(s.prorated).toBe(def.total === 'sum' && scores.length < n);
        if (!s.prorated && def.total === 'sum') expect(s.total).toBe(scores.reduce((a, b) => a + b, 0));
      }),
      runs,
    );
  });

  it('never lowers the total when a forward item moves to a later printed answer, nor raises it for a reversed item', () => {
    const withMove = completeResponsesFor(def).chain((r) => {
      const answered = r.flatMap((a, i) => (a !== null && a < answerCount(def) - 1 ? [i] : []));
      if (answered.length === 0) return fc.constant(null);
      return fc
        .constantFrom(...answered)
        .chain((i) => fc.integer({ min: r[i]! + 1, max: answerCount(def) - 1 }).map((later) => ({ r, i, later })));
    });
    fc.assert(
      fc.property(withMove, (move) => {
        if (move === null) return;
        const { r, i, later } = move;
        const before = scoreMeasure(def, r).total!;
        const after = scoreMeasure(
          def,
          r.map((a, j) => (j === i ? later : a)),
        ).total!;
        if (def.items[i]!.reverse) expect(after).toBeLessThan(before);
        else expect(after).toBeGreaterThan(before);
      }),
      runs,
    );
  });

  it('reports a critical item exactly when it is answered at or above its threshold', () => {
    fc.assert(
      fc.property(responsesFor(def), (r) => {
        const expected = def.items.flatMap((item, i) => {
          const a = r[i];
          if (!item.critical || a === null || a === undefined) return [];
          const score = expectedScore(def, i, a);
          return score >= item.critical.atLeast ? [{ number: item.number, score, reason: item.critical.reason }] : [];
        });
        expect(scoreMeasure(def, r).criticalItems).toEqual(expected);
      }),
      runs,
    );
  });

  it('gives each subscale the sum of its items, or null when one of them is missing', () => {
    fc.assert(
      fc.property(responsesFor(def), (r) => {
        const s = scoreMeasure(def, r);
        for (const sub of def.subscales) {
          const answers = sub.items.map((number) => r[number - 1]);
          if (answers.some((a) => a === null)) expect(s.subscales[sub.id]).toBeNull();
          else {
            const sum = sub.items.reduce((acc, number) => acc + expectedScore(def, number - 1, r[number - 1]!), 0);
            expect(s.subscales[sub.id]).toBe(sum);
          }
        }
        expect(Object.keys(s.subscales).sort()).toEqual(def.subscales.map((x) => x.id).sort());
      }),
      runs,
    );
  });

  it('refuses, and never scores, anything but a printed answer or a gap', () => {
    const bad = fc.oneof(
      fc.integer({ min: answerCount(def), max: 1000 }),
      fc.integer({ min: -1000, max: -1 }),
      fc.double({ noInteger: true }),
    );
    fc.assert(
      fc.property(responsesFor(def), fc.nat({ max: n - 1 }), bad, (r, i, wrong) => {
        const broken = r.map((a, j) => (j === i ? wrong : a));
        expect(responseProblems(def, broken).map((p) => p.item)).toEqual([def.items[i]!.number]);
        expect(() => scoreMeasure(def, broken)).toThrow(RangeError);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.array(fc.constant(0), { maxLength: n + 3 }), (r) => {
        fc.pre(r.length !== n);
        expect(responseProblems(def, r)).toHaveLength(1);
        expect(() => scoreMeasure(def, r)).toThrow(RangeError);
      }),
    );
  });
});
