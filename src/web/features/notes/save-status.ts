import { todayInLondon } from '../../../core/dates';
import { isApiError } from '../../app/api-client';
import { formatDateTime } from '../../app/format';
import type { ServerDraft } from './local-copy';

/** A draft as the server last answered it, with when it was saved. */
export type SavedDraft = ServerDraft & { updatedAt: string };

/** Why a save did not happen, and so what the editor does next. */
export type Failure =
  /** Not reached, or the server failed: tried again by itself. */
  | { kind: 'retry'; message: string }
  /** The session ended: tried again when the person comes back to the tab or asks. */
  | { kind: 'signed-out'; message: string }
  /** Something typed the server refuses (too long, a date in the future): tried again on the next change. */
  | { kind: 'invalid'; message: string; field: 'body' | 'noteDate' | null }
  /** Saved from another window since: the person chooses which text to keep. `latest` is null until read. */
  | { kind: 'conflict'; message: string; latest: SavedDraft | null }
  /** Signed elsewhere, discarded elsewhere, or the record became read-only: this draft cannot be saved. */
  | { kind: 'signed'; message: string }
  | { kind: 'gone'; message: string }
  | { kind: 'read-only'; message: string };

export type SaveState =
  /** As it was opened: nothing typed since. */
  | { kind: 'unchanged'; at: string }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; failure: Failure };

const KEPT = 'Your text is kept on this device';

export const FAILURE_TEXT = {
  unreachable: `Haven could not be reached. ${KEPT} and will be saved when the connection is back.`,
  server: `something went wrong on our side. ${KEPT} and Haven will try again.`,
  signedOut: `you have been signed out. ${KEPT}.`,
  conflict: 'this draft was saved from another window or device after you opened it.',
  signed: 'this note has been signed in another window or device, so it can no longer be changed.',
  gone: 'this draft has been discarded in another window or device.',
} as const;

const FIELD_OF: Record<string, 'body' | 'noteDate'> = { 'body.body': 'body', 'body.noteDate': 'noteDate' };

/** What a failed save means for the editor. A 412 is "read-only" until the editor finds out more. */
export function describeFailure(error: unknown): Failure {
  if (!isApiError(error)) return { kind: 'retry', message: FAILURE_TEXT.server };
  switch (error.status) {
    case 0:
      return { kind: 'retry', message: FAILURE_TEXT.unreachable };
    case 401:
      return { kind: 'signed-out', message: FAILURE_TEXT.signedOut };
    case 409:
      return { kind: 'conflict', message: FAILURE_TEXT.conflict, latest: null };
    case 404:
      return { kind: 'gone', message: FAILURE_TEXT.gone };
    case 403:
    case 412:
      return { kind: 'read-only', message: error.message };
    case 400: {
      const field = error.fields.map((f) => FIELD_OF[f.path]).find((f) => f !== undefined) ?? null;
      const message = error.fields[0]?.message ?? error.message;
      return { kind: 'invalid', message, field };
    }
    default:
      return { kind: 'retry', message: FAILURE_TEXT.server };
  }
}

/** Failures after which typing more does not try again by itself. */
export const waitsForPerson = (failure: Failure): boolean => failure.kind !== 'retry' && failure.kind !== 'invalid';

/** Failures after which this draft can never be saved from this editor. */
export const isFinal = (failure: Failure): boolean =>
  failure.kind === 'signed' || failure.kind === 'gone' || failure.kind === 'read-only';

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** "14:05" today, "6 Mar 2026, 14:05" on another day (UK time). */
export function whenSaved(instant: string, now: Date = new Date()): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return todayInLondon(date) === todayInLondon(now) ? clock.format(date) : formatDateTime(instant);
}

/** The words of the editor's save status, as shown and announced. */
export function statusText(state: SaveState, now: Date = new Date()): string {
  switch (state.kind) {
    case 'unchanged': {
      const when = whenSaved(state.at, now);
      return when.includes(',') ? `Last saved ${when}` : `Last saved at ${when}`;
    }
    case 'saving':
      return 'Saving…';
    case 'saved': {
      const when = whenSaved(state.at, now);
      return when.includes(',') ? `Saved ${when}` : `Saved at ${when}`;
    }
    case 'failed':
      return `Not saved: ${state.failure.message}`;
  }
}
