import { INTERACTION_CODES, type InteractionCode, type InteractionEvent } from './codes';
import { MAX_DURATION_MS, MAX_EVENTS } from './session';

/** A problem with a coded observation: where (a path under the body) and what, in plain words. */
export type CodingProblem = { path: (string | number)[]; message: string };

const CODES = new Set<string>(INTERACTION_CODES);
export const isInteractionCode = (code: string): code is InteractionCode => CODES.has(code);

/** Events as stored, read back as events: checked on the way in, and any unknown code left out regardless. */
export const storedEvents = (stored: readonly { atMs: number; code: string }[]): InteractionEvent[] =>
  stored.flatMap((e) => (isInteractionCode(e.code) ? [{ atMs: e.atMs, code: e.code }] : []));

/**
 * Checks a coded observation as a whole: a positive duration of at most 2 hours, at most 5,000
 * events, each with a known code and a time within the duration, in time order. Answers the
 * problems found, first per event (at most a few, so a broken upload does not answer thousands).
 */
export function checkCoding(durationMs: number, events: readonly { atMs: number; code: string }[]): CodingProblem[] {
  const problems: CodingProblem[] = [];
  if (!Number.isInteger(durationMs) || durationMs < 1) {
    problems.push({ path: ['durationMs'], message: 'The duration must be a whole number of milliseconds above 0' });
  } else if (durationMs > MAX_DURATION_MS) {
    problems.push({ path: ['durationMs'], message: 'An observation can be at most 2 hours long: code it in parts' });
  }
  if (events.length > MAX_EVENTS) {
    problems.push({ path: ['events'], message: `An observation can hold at most ${MAX_EVENTS} events` });
    return problems;
  }
  let previous = 0;
  for (const [i, event] of events.entries()) {
    if (problems.length >= 10) break;
    if (!isInteractionCode(event.code)) {
      problems.push({
        path: ['events', i, 'code'],
        message: `Event ${i + 1} has an unknown code: use bid, contingent, missed, intrusive or repair`,
      });
    }
    if (!Number.isInteger(event.atMs) || event.atMs < 0 || event.atMs > durationMs) {
      problems.push({
        path: ['events', i, 'atMs'],
        message: `Event ${i + 1} must be timed within the observation, from 0 to its duration`,
      });
    } else if (event.atMs < previous) {
      problems.push({ path: ['events', i, 'atMs'], message: `Event ${i + 1} is earlier than the event before it` });
    }
    if (Number.isFinite(event.atMs)) previous = Math.max(previous, event.atMs);
  }
  return problems;
}
