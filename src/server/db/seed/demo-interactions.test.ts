import { describe, expect, it } from 'vitest';
import { checkCoding, summariseInteraction } from '../../../core/interaction';
import { demoSequence, STAGES } from './demo-interactions';

/** The same small generator the seed uses would do; any fixed sequence shows the shape. */
const fixed = (seed: number) => {
  let a = seed;
  return () => {
    a = (a * 16807) % 2147483647;
    return a / 2147483647;
  };
};

const stage = (i: number) => {
  const s = STAGES[i];
  if (!s) throw new Error(`no stage ${i}`);
  return s;
};

describe('demoSequence', () => {
  it('makes 3 to 5 minute codings the server would accept', () => {
    for (let seed = 1; seed < 40; seed++) {
      const { durationMs, events } = demoSequence(fixed(seed), stage(0));
      expect(durationMs).toBeGreaterThanOrEqual(180_000);
      expect(durationMs).toBeLessThanOrEqual(300_000);
      expect(checkCoding(durationMs, events)).toEqual([]);
      expect(events.filter((e) => e.code === 'bid').length).toBeGreaterThan(10);
    }
  });

  it('shows more contingency and repair, and quicker repair, later in the work', () => {
    const mean = (i: number, pick: (m: ReturnType<typeof summariseInteraction>) => number | null) => {
      const values = Array.from({ length: 30 }, (_, seed) => {
        const s = demoSequence(fixed(seed + 1), stage(i));
        return pick(summariseInteraction(s.events)) ?? 0;
      });
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(mean(2, (m) => m.contingencyRate)).toBeGreaterThan(mean(0, (m) => m.contingencyRate) + 0.15);
    expect(mean(2, (m) => m.shareRepaired)).toBeGreaterThan(mean(0, (m) => m.shareRepaired) + 0.15);
    expect(mean(2, (m) => m.medianRepairMs)).toBeLessThan(mean(0, (m) => m.medianRepairMs));
  });
});
