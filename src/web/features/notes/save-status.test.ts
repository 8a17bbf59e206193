import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api-client';
import { describeFailure, FAILURE_TEXT, isFinal, statusText, waitsForPerson, whenSaved } from './save-status';

// 14:05 in London on 7 March 2026 (GMT), and 14:05 on 7 July 2026 (BST, UTC+1).
const now = new Date('2026-03-07T16:00:00Z');

describe('whenSaved', () => {
  it('gives the time alone today, in UK time', () => {
    expect(whenSaved('2026-03-07T14:05:00Z', now)).toBe('14:05');
    expect(whenSaved('2026-07-07T13:05:00Z', new Date('2026-07-07T18:00:00Z'))).toBe('14:05');
  });

  it('gives the day as well on another day', () => {
    expect(whenSaved('2026-03-06T09:30:00Z', now)).toBe('6 Mar 2026, 09:30');
  });
});

describe('statusText', () => {
  it('words each state', () => {
    expect(statusText({ kind: 'saving' }, now)).toBe('Saving…');
    expect(statusText({ kind: 'saved', at: '2026-03-07T14:05:10Z' }, now)).toBe('Saved at 14:05');
    expect(statusText({ kind: 'saved', at: '2026-03-05T14:05:10Z' }, now)).toBe('Saved 5 Mar 2026, 14:05');
    expect(statusText({ kind: 'unchanged', at: '2026-03-07T10:00:00Z' }, now)).toBe('Last saved at 10:00');
    expect(statusText({ kind: 'unchanged', at: '2026-03-01T10:00:00Z' }, now)).toBe('Last saved 1 Mar 2026, 10:00');
    expect(statusText({ kind: 'failed', failure: { kind: 'retry', message: FAILURE_TEXT.unreachable } }, now)).toBe(
      'Not saved: Haven could not be reached. Your text is kept on this device and will be saved when the connection is back.',
    );
  });
});

describe('describeFailure', () => {
  it('retries when Haven cannot be reached or fails', () => {
    expect(describeFailure(new ApiError(0, 'NETWORK', 'x'))).toEqual({
      kind: 'retry',
      message: FAILURE_TEXT.unreachable,
    });
    expect(describeFailure(new ApiError(500, 'INTERNAL', 'x'))).toEqual({
      kind: 'retry',
      message: FAILURE_TEXT.server,
    });
    expect(describeFailure(new Error('boom')).kind).toBe('retry');
  });

  it('keeps the text and asks to sign in again when the session has ended', () => {
    expect(describeFailure(new ApiError(401, 'UNAUTHENTICATED', 'Sign in'))).toEqual({
      kind: 'signed-out',
      message: FAILURE_TEXT.signedOut,
    });
  });

  it('names conflicts, missing drafts and refusals', () => {
    expect(describeFailure(new ApiError(409, 'CONFLICT', 'x'))).toMatchObject({ kind: 'conflict', latest: null });
    expect(describeFailure(new ApiError(404, 'NOT_FOUND', 'x')).kind).toBe('gone');
    expect(describeFailure(new ApiError(412, 'PRECONDITION_FAILED', 'This family has been discharged.'))).toEqual({
      kind: 'read-only',
      message: 'This family has been discharged.',
    });
  });

  it("points at the field the server refused, in the server's words", () => {
    const error = new ApiError(400, 'VALIDATION', 'Check', [
      { path: 'body.body', message: 'A note can be up to 50,000 characters' },
    ]);
    expect(describeFailure(error)).toEqual({
      kind: 'invalid',
      message: 'A note can be up to 50,000 characters',
      field: 'body',
    });
  });
});

describe('what happens after a failure', () => {
  it('tries again by itself only after a network or server failure, or a new change after a refusal', () => {
    expect(waitsForPerson({ kind: 'retry', message: '' })).toBe(false);
    expect(waitsForPerson({ kind: 'invalid', message: '', field: null })).toBe(false);
    expect(waitsForPerson({ kind: 'signed-out', message: '' })).toBe(true);
    expect(waitsForPerson({ kind: 'conflict', message: '', latest: null })).toBe(true);
  });

  it('never saves again once the draft is signed, gone or read-only', () => {
    expect(isFinal({ kind: 'signed', message: '' })).toBe(true);
    expect(isFinal({ kind: 'gone', message: '' })).toBe(true);
    expect(isFinal({ kind: 'read-only', message: '' })).toBe(true);
    expect(isFinal({ kind: 'signed-out', message: '' })).toBe(false);
  });
});
