import type { InteractionCode, InteractionEvent } from './codes';

/** The longest observation Haven stores: longer recordings are coded in parts. */
export const MAX_DURATION_MS = 2 * 60 * 60 * 1000;
/** The most events one observation holds (a busy 2 hours is well under this). */
export const MAX_EVENTS = 5000;

export type CodingStatus = 'ready' | 'running' | 'paused' | 'finished';

/** What just changed, so the page can announce it; the page words it. */
export type CodingNotice =
  | { type: 'started' }
  | { type: 'coded'; event: InteractionEvent }
  | { type: 'undone'; event: InteractionEvent }
  | { type: 'nothing-to-undo' }
  | { type: 'paused'; atMs: number }
  | { type: 'resumed'; atMs: number }
  | { type: 'full' }
  | { type: 'finished'; durationMs: number };

/**
 * A coding session. The clock is `elapsedMs` plus, while running, the time since `runningSince`:
 * both are in the caller's clock (e.g. `performance.now()`), which is always passed in, never read
 * here, so timing, pauses and undo are testable without a browser.
 */
export type CodingState = {
  status: CodingStatus;
  events: InteractionEvent[];
  elapsedMs: number;
  runningSince: number | null;
  /** Set when finished: the coding time, pauses excluded. */
  durationMs: number | null;
  notice: CodingNotice | null;
};

export type CodingAction =
  | { type: 'start'; now: number }
  | { type: 'event'; code: InteractionCode; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'toggle-pause'; now: number }
  | { type: 'undo' }
  | { type: 'finish'; now: number }
  | { type: 'reset' };

export const initialCoding: CodingState = {
  status: 'ready',
  events: [],
  elapsedMs: 0,
  runningSince: null,
  durationMs: null,
  notice: null,
};

/**
 * The coding clock at `now`, in whole ms, pauses excluded, capped at the longest observation. A clock
 * that goes backwards (it should not) adds nothing rather than taking time away.
 */
export function clockAt(state: CodingState, now: number): number {
  const running = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  return Math.min(MAX_DURATION_MS, Math.round(state.elapsedMs + running));
}

const lastAt = (events: readonly InteractionEvent[]) => events.at(-1)?.atMs ?? 0;

/**
 * The coder's reducer. Events are coded only while the clock runs; undo works while running or
 * paused; finishing fixes the duration. Actions that do not apply in the current state change nothing.
 */
export function codingReducer(state: CodingState, action: CodingAction): CodingState {
  switch (action.type) {
    case 'start':
      if (state.status !== 'ready') return state;
      return { ...initialCoding, status: 'running', runningSince: action.now, notice: { type: 'started' } };
    case 'event': {
      if (state.status !== 'running') return state;
      if (state.events.length >= MAX_EVENTS) return { ...state, notice: { type: 'full' } };
      // Never earlier than the last event, so the events stay in time order.
      const event = { atMs: Math.max(clockAt(state, action.now), lastAt(state.events)), code: action.code };
      return { ...state, events: [...state.events, event], notice: { type: 'coded', event } };
    }
    case 'pause': {
      if (state.status !== 'running') return state;
      const atMs = clockAt(state, action.now);
      return { ...state, status: 'paused', elapsedMs: atMs, runningSince: null, notice: { type: 'paused', atMs } };
    }
    case 'resume':
      if (state.status !== 'paused') return state;
      return {
        ...state,
        status: 'running',
        runningSince: action.now,
        notice: { type: 'resumed', atMs: state.elapsedMs },
      };
    case 'toggle-pause':
      return codingReducer(state, { type: state.status === 'paused' ? 'resume' : 'pause', now: action.now });
    case 'undo': {
      if (state.status !== 'running' && state.status !== 'paused') return state;
      const event = state.events.at(-1);
      if (!event) return { ...state, notice: { type: 'nothing-to-undo' } };
      return { ...state, events: state.events.slice(0, -1), notice: { type: 'undone', event } };
    }
    case 'finish': {
      if (state.status !== 'running' && state.status !== 'paused') return state;
      // At least 1 ms and never before the last event: a stored observation has a positive duration.
      const durationMs = Math.max(1, clockAt(state, action.now), lastAt(state.events));
      return {
        ...state,
        status: 'finished',
        elapsedMs: durationMs,
        runningSince: null,
        durationMs,
        notice: { type: 'finished', durationMs },
      };
    }
    case 'reset':
      return initialCoding;
  }
}
