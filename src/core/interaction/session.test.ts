import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandForKey, formatClock, formatSeconds, INTERACTION_CODES } from './codes';
import { interactionMetrics } from './metrics';
import { clockAt, codingReducer, initialCoding, MAX_DURATION_MS, type CodingAction, type CodingState } from './session';

const run = (...actions: CodingAction[]): CodingState => actions.reduce(codingReducer, initialCoding);

describe('codingReducer', () => {
  it('times events on the coding clock from the start', () => {
    const s = run(
      { type: 'start', now: 10_000 },
      { type: 'event', code: 'bid', now: 11_000 },
      { type: 'event', code: 'contingent', now: 12_500 },
    );
    expect(s.status).toBe('running');
    expect(s.events).toEqual([
      { code: 'bid', atMs: 1000 },
      { code: 'contingent', atMs: 2500 },
    ]);
    expect(s.notice).toEqual({ type: 'coded', event: { code: 'contingent', atMs: 2500 } });
  });

  it('leaves pauses out of the clock, and codes nothing while paused', () => {
    const s = run(
      { type: 'start', now: 0 },
      { type: 'event', code: 'bid', now: 2000 },
      { type: 'toggle-pause', now: 3000 },
      { type: 'event', code: 'missed', now: 5000 },
      { type: 'toggle-pause', now: 63_000 },
      { type: 'event', code: 'missed', now: 64_000 },
      { type: 'finish', now: 66_000 },
    );
    expect(s.events).toEqual([
      { code: 'bid', atMs: 2000 },
      { code: 'missed', atMs: 4000 },
    ]);
    expect(s.durationMs).toBe(6000);
    expect(s.status).toBe('finished');
  });

  it('undoes the last event after a pause, and again after resuming', () => {
    let s = run(
      { type: 'start', now: 0 },
      { type: 'event', code: 'bid', now: 1000 },
      { type: 'event', code: 'intrusive', now: 2000 },
      { type: 'pause', now: 2500 },
      { type: 'undo' },
    );
    expect(s.status).toBe('paused');
    expect(s.events).toEqual([{ code: 'bid', atMs: 1000 }]);
    expect(s.notice).toEqual({ type: 'undone', event: { code: 'intrusive', atMs: 2000 } });
    s = [{ type: 'resume', now: 10_000 } as const, { type: 'event', code: 'contingent', now: 10_500 } as const].reduce(
      codingReducer,
      s,
    );
    expect(s.events.at(-1)).toEqual({ code: 'contingent', atMs: 3000 });
    s = codingReducer(codingReducer(s, { type: 'undo' }), { type: 'undo' });
    expect(s.events).toEqual([]);
    expect(codingReducer(s, { type: 'undo' }).notice).toEqual({ type: 'nothing-to-undo' });
  });

  it('ignores actions that do not apply', () => {
    expect(run({ type: 'event', code: 'bid', now: 5 })).toBe(initialCoding);
    expect(run({ type: 'pause', now: 5 })).toBe(initialCoding);
    const finished = run({ type: 'start', now: 0 }, { type: 'finish', now: 4000 });
    expect(codingReducer(finished, { type: 'event', code: 'bid', now: 5000 })).toBe(finished);
    expect(codingReducer(finished, { type: 'undo' })).toBe(finished);
    expect(codingReducer(finished, { type: 'reset' })).toBe(initialCoding);
  });

  it('keeps events in time order and finishes no earlier than the last event, at least 1 ms', () => {
    // A clock stepping backwards must not reorder the events.
    const s = run(
      { type: 'start', now: 1000 },
      { type: 'event', code: 'bid', now: 3000 },
      { type: 'event', code: 'repair', now: 2000 },
    );
    expect(s.events.map((e) => e.atMs)).toEqual([2000, 2000]);
    expect(run({ type: 'start', now: 7 }, { type: 'finish', now: 7 }).durationMs).toBe(1);
  });

  it('caps the clock at 2 hours', () => {
    const s = run({ type: 'start', now: 0 });
    expect(clockAt(s, MAX_DURATION_MS + 60_000)).toBe(MAX_DURATION_MS);
    expect(codingReducer(s, { type: 'finish', now: 3 * MAX_DURATION_MS }).durationMs).toBe(MAX_DURATION_MS);
  });

  it('restores the metrics when an event is undone and coded again', () => {
    const step = fc.oneof(
      fc.record({
        type: fc.constant('event' as const),
        code: fc.constantFrom(...INTERACTION_CODES),
        gap: fc.nat(5000),
      }),
      fc.record({ type: fc.constant('toggle-pause' as const), gap: fc.nat(5000) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.constantFrom(...INTERACTION_CODES), (steps, last) => {
        let now = 0;
        let s = codingReducer(initialCoding, { type: 'start', now });
        for (const st of steps) {
          now += st.gap;
          s = codingReducer(
            s,
            st.type === 'event' ? { type: 'event', code: st.code, now } : { type: 'toggle-pause', now },
          );
        }
        if (s.status === 'paused') s = codingReducer(s, { type: 'resume', now });
        s = codingReducer(s, { type: 'event', code: last, now: now + 1000 });
        const before = interactionMetrics(s.events);
        const undone = codingReducer(s, { type: 'undo' });
        const redone = codingReducer(undone, { type: 'event', code: last, now: now + 1000 });
        expect(redone.events).toEqual(s.events);
        expect(interactionMetrics(redone.events)).toEqual(before);
      }),
    );
  });
});

describe('keys', () => {
  it('maps the coding keys in either case, Space and undo', () => {
    expect(commandForKey('b')).toEqual({ type: 'code', code: 'bid' });
    expect(commandForKey('C')).toEqual({ type: 'code', code: 'contingent' });
    expect(commandForKey('m')).toEqual({ type: 'code', code: 'missed' });
    expect(commandForKey('i')).toEqual({ type: 'code', code: 'intrusive' });
    expect(commandForKey('R')).toEqual({ type: 'code', code: 'repair' });
    expect(commandForKey(' ')).toEqual({ type: 'toggle-pause' });
    expect(commandForKey('Backspace')).toEqual({ type: 'undo' });
    expect(commandForKey('u')).toEqual({ type: 'undo' });
    expect(commandForKey('x')).toBeNull();
    expect(commandForKey('Enter')).toBeNull();
  });
});

describe('formatting', () => {
  it('shows the clock as a player does', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_900)).toBe('1:05');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(65_990, { tenths: true })).toBe('1:05.9');
    expect(formatClock(400, { tenths: true })).toBe('0:00.4');
  });
  it('words durations', () => {
    expect(formatSeconds(1000)).toBe('1 second');
    expect(formatSeconds(4500)).toBe('4.5 seconds');
    expect(formatSeconds(59_990)).toBe('1 minute');
    expect(formatSeconds(125_000)).toBe('2 minutes 5 seconds');
  });
});
