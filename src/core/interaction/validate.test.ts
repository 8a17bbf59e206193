import { describe, expect, it } from 'vitest';
import { checkCoding } from './validate';

describe('checkCoding', () => {
  it('accepts a well-formed observation, events at 0 and at the end included', () => {
    expect(
      checkCoding(5000, [
        { atMs: 0, code: 'bid' },
        { atMs: 0, code: 'contingent' },
        { atMs: 5000, code: 'repair' },
      ]),
    ).toEqual([]);
  });
  it('names each problem by its place', () => {
    const problems = checkCoding(5000, [
      { atMs: 1000, code: 'bid' },
      { atMs: 500, code: 'smile' },
      { atMs: 6000, code: 'missed' },
    ]);
    expect(problems.map((p) => p.path.join('.'))).toEqual(['events.1.code', 'events.1.atMs', 'events.2.atMs']);
  });
  it('limits the duration and the number of events', () => {
    expect(checkCoding(0, [])[0]?.path).toEqual(['durationMs']);
    expect(checkCoding(2 * 3600 * 1000 + 1, [])[0]?.message).toMatch(/2 hours/);
    const many = Array.from({ length: 5001 }, () => ({ atMs: 0, code: 'bid' }));
    expect(checkCoding(1000, many)).toEqual([
      { path: ['events'], message: 'An observation can hold at most 5000 events' },
    ]);
  });
});
