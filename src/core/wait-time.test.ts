import { describe, expect, it } from 'vitest';
import { waitBand } from './wait-time';

describe('waitBand (target 18 weeks = 126 days; near from 101 days)', () => {
  it('is within the target early on', () => {
    expect(waitBand('2026-11-01', '2026-11-23', 18)).toEqual({ days: 22, band: 'within' });
  });
  it('is near in the last fifth of the target', () => {
    expect(waitBand('2026-08-14', '2026-11-23', 18).band).toBe('near');
    expect(waitBand('2026-08-15', '2026-11-23', 18).band).toBe('within');
  });
  it('is over once past the target', () => {
    expect(waitBand('2026-07-19', '2026-11-23', 18)).toEqual({ days: 127, band: 'over' });
    expect(waitBand('2026-07-20', '2026-11-23', 18).band).toBe('near');
  });
  it('keeps a two-week warning for short targets', () => {
    expect(waitBand('2026-11-05', '2026-11-23', 4).band).toBe('near');
  });
});
