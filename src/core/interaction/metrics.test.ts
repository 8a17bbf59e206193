import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERACTION_CODES, type InteractionCode, type InteractionEvent } from './codes';
import { interactionMetrics, median, summariseInteraction } from './metrics';

/** Events from "code@seconds" words: 'bid@1 contingent@2.5'. */
const seq = (words: string): InteractionEvent[] =>
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const [code, at] = w.split('@');
      return { code: code as InteractionCode, atMs: Math.round(Number(at) * 1000) };
    });

describe('interactionMetrics on hand-built sequences', () => {
  it('counts a bid met only when the first carer response is contingent', () => {
    // Bid 1: contingent first (met). Bid 2: missed first, then contingent (not met). Bid 3: intrusive.
    const m = interactionMetrics(seq('bid@0 contingent@1 bid@5 missed@6 contingent@8 bid@10 intrusive@11'));
    expect(m.bids).toBe(3);
    expect(m.bidsMet).toBe(1);
    expect(m.contingencyRate).toBeCloseTo(1 / 3);
    expect(m.bidOutcomes).toEqual([
      { bid: 0, response: 1, met: true },
      { bid: 2, response: 3, met: false },
      { bid: 5, response: 6, met: false },
    ]);
  });

  it('counts a bid never answered as not met, at the end and before the next bid', () => {
    const m = interactionMetrics(seq('bid@0 bid@3 contingent@4 bid@9'));
    expect(m.bids).toBe(3);
    expect(m.bidsMet).toBe(1);
    expect(m.contingencyRate).toBeCloseTo(1 / 3);
    expect(m.bidOutcomes.map((b) => b.response)).toEqual([null, 2, null]);
  });

  it('does not take a repair as the response to a bid', () => {
    const m = interactionMetrics(seq('bid@0 repair@1 contingent@2'));
    expect(m.bidOutcomes).toEqual([{ bid: 0, response: 2, met: true }]);
    expect(m.idleRepairs).toEqual([1]);
  });

  it('repairs two mismatches at once, each timed from its own moment', () => {
    // Missed at 2 s and intrusive at 5 s, both mended by the repair at 9 s: 7 s and 4 s.
    const m = interactionMetrics(seq('bid@1 missed@2 bid@4 intrusive@5 repair@9'));
    expect(m.mismatches).toBe(2);
    expect(m.repaired).toBe(2);
    expect(m.shareRepaired).toBe(1);
    expect(m.repairs).toEqual([
      { mismatch: 1, repair: 4, ms: 7000 },
      { mismatch: 3, repair: 4, ms: 4000 },
    ]);
    expect(m.medianRepairMs).toBe(5500);
  });

  it('leaves a mismatch after the last repair unrepaired, and keeps an idle repair', () => {
    const m = interactionMetrics(seq('repair@0 bid@1 missed@2 repair@3 repair@4 bid@5 intrusive@6'));
    expect(m.mismatches).toBe(2);
    expect(m.repaired).toBe(1);
    expect(m.shareRepaired).toBe(0.5);
    expect(m.medianRepairMs).toBe(1000);
    expect(m.idleRepairs).toEqual([0, 4]);
  });

  it('takes the middle repair time for an odd count', () => {
    const m = interactionMetrics(seq('missed@0 repair@2 missed@10 repair@11 intrusive@20 repair@30'));
    expect(m.repairs.map((r) => r.ms)).toEqual([2000, 1000, 10000]);
    expect(m.medianRepairMs).toBe(2000);
  });

  it('answers null for what was not coded', () => {
    expect(summariseInteraction([])).toEqual({
      bids: 0,
      bidsMet: 0,
      contingencyRate: null,
      mismatches: 0,
      repaired: 0,
      shareRepaired: null,
      medianRepairMs: null,
    });
    // No bids: no contingency rate, though carer responses and repairs still count.
    const m = summariseInteraction(seq('contingent@1 missed@2 repair@4'));
    expect(m.contingencyRate).toBeNull();
    expect(m.shareRepaired).toBe(1);
    expect(m.medianRepairMs).toBe(2000);
    // Mismatches never repaired: a share of 0 and no median.
    expect(summariseInteraction(seq('bid@0 missed@1')).shareRepaired).toBe(0);
    expect(summariseInteraction(seq('bid@0 missed@1')).medianRepairMs).toBeNull();
  });
});

describe('median', () => {
  it('takes the mean of the two middle values for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

const code = fc.constantFrom(...INTERACTION_CODES);
/** A coded interaction: codes with non-decreasing times. */
const sequence = fc.array(fc.tuple(code, fc.nat(20_000)), { maxLength: 60 }).map((pairs) => {
  let at = 0;
  return pairs.map(([c, gap]) => ({ code: c, atMs: (at += gap) }));
});

describe('interactionMetrics properties', () => {
  it('keeps rates within [0, 1]', () => {
    fc.assert(
      fc.property(sequence, (events) => {
        const m = interactionMetrics(events);
        for (const rate of [m.contingencyRate, m.shareRepaired]) {
          if (rate !== null) {
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
          }
        }
        expect(m.contingencyRate === null).toBe(m.bids === 0);
        expect(m.shareRepaired === null).toBe(m.mismatches === 0);
      }),
    );
  });

  it('keeps the median time to repair within the repair times', () => {
    fc.assert(
      fc.property(sequence, (events) => {
        const m = interactionMetrics(events);
        const times = m.repairs.map((r) => r.ms);
        if (times.length === 0) {
          expect(m.medianRepairMs).toBeNull();
          return;
        }
        expect(m.medianRepairMs).toBeGreaterThanOrEqual(Math.min(...times));
        expect(m.medianRepairMs).toBeLessThanOrEqual(Math.max(...times));
      }),
    );
  });

  it('gives a contingency rate of 1 when a contingent response follows every bid at once', () => {
    fc.assert(
      fc.property(sequence, (events) => {
        fc.pre(events.some((e) => e.code === 'bid'));
        const answered = events.flatMap((e) =>
          e.code === 'bid' ? [e, { code: 'contingent' as const, atMs: e.atMs }] : [e],
        );
        expect(interactionMetrics(answered).contingencyRate).toBe(1);
      }),
    );
  });
});
