import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../app/api-client';
import type { DraftChange } from './api';
import { DraftSaver, type LoadedDraft, type SaverOptions } from './draft-saver';
import { storeIn, type LocalCopy } from './local-copy';
import type { SavedDraft } from './save-status';

const server: SavedDraft = { body: '', noteDate: '2026-03-07', version: 1, updatedAt: '2026-03-07T10:00:00Z' };

/** A fake server: each save answers the next version, or throws what the test queues. */
function setup(over: Partial<SaverOptions> = {}) {
  const items = new Map<string, string>();
  const store = storeIn({
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  });
  const sent: DraftChange[] = [];
  const failures: Error[] = [];
  let held: (() => void) | null = null;
  let hold = false;
  let latest: LoadedDraft | null = { ...server, status: 'draft' };
  const save = vi.fn(async (change: DraftChange): Promise<SavedDraft> => {
    sent.push(change);
    if (hold) await new Promise<void>((resolve) => (held = resolve));
    const failure = failures.shift();
    if (failure) throw failure;
    return {
      body: change.body,
      noteDate: change.noteDate,
      version: change.version + 1,
      updatedAt: '2026-03-07T14:05:00Z',
    };
  });
  const saved: SavedDraft[] = [];
  const saver = new DraftSaver({
    noteId: 'n1',
    familyId: 'f1',
    server,
    start: { body: server.body, noteDate: server.noteDate },
    save,
    load: () => Promise.resolve(latest),
    store,
    now: () => new Date('2026-03-07T14:04:00Z'),
    onSaved: (d) => saved.push(d),
    ...over,
  });
  return {
    saver,
    save,
    sent,
    saved,
    local: () => store.read('n1'),
    failNext: (error: Error) => failures.push(error),
    holdSaves: () => (hold = true),
    release: () => {
      hold = false;
      held?.();
    },
    setLatest: (d: LoadedDraft | null) => (latest = d),
  };
}

const text = (body: string) => ({ body, noteDate: '2026-03-07' });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DraftSaver', () => {
  it('keeps each change on the device at once and saves 1.5 s after typing stops', async () => {
    const t = setup();
    t.saver.change(text('Met'));
    expect(t.local()).toMatchObject<Partial<LocalCopy>>({ body: 'Met', baseVersion: 1, familyId: 'f1' });
    await vi.advanceTimersByTimeAsync(1000);
    t.saver.change(text('Met mum'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(t.sent).toEqual([{ version: 1, body: 'Met mum', noteDate: '2026-03-07' }]);
    expect(t.saver.getState()).toEqual({ kind: 'saved', at: '2026-03-07T14:05:00Z' });
    expect(t.local()).toBeNull(); // confirmed: the device copy goes
    expect(t.saver.version).toBe(2);
    expect(t.saved).toHaveLength(1);
  });

  it('saves at once when asked (leaving the field, hiding the page), at the version each save answered', async () => {
    const t = setup();
    t.saver.change(text('One'));
    await t.saver.flush();
    t.saver.change(text('One two'));
    await t.saver.flush();
    expect(t.sent.map((s) => s.version)).toEqual([1, 2]);
    expect(t.saver.isSaved()).toBe(true);
  });

  it('sends one save at a time, then the text typed while it was on its way', async () => {
    const t = setup();
    t.holdSaves();
    t.saver.change(text('First'));
    const first = t.saver.flush();
    expect(t.saver.getState()).toEqual({ kind: 'saving' });
    t.saver.change(text('First and second'));
    const second = t.saver.flush();
    expect(t.save).toHaveBeenCalledTimes(1);
    t.release();
    await first;
    await second;
    expect(t.sent.map((s) => [s.version, s.body])).toEqual([
      [1, 'First'],
      [2, 'First and second'],
    ]);
    expect(t.local()).toBeNull();
  });

  it('keeps the device copy, with the new version under it, while text typed during a save is unsaved', async () => {
    const t = setup();
    t.holdSaves();
    t.saver.change(text('First'));
    const first = t.saver.flush();
    t.saver.change(text('First and more'));
    t.release();
    await first;
    expect(t.local()).toMatchObject({ body: 'First and more', baseVersion: 2 });
    await vi.advanceTimersByTimeAsync(1500);
    expect(t.local()).toBeNull();
  });

  it('keeps the text when Haven cannot be reached, and tries again by itself', async () => {
    const t = setup({ retryMs: () => 5000 });
    t.failNext(new ApiError(0, 'NETWORK', 'unreachable'));
    t.saver.change(text('Offline words'));
    await t.saver.flush();
    expect(t.saver.getState()).toMatchObject({ kind: 'failed', failure: { kind: 'retry' } });
    expect(t.local()).toMatchObject({ body: 'Offline words' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.save).toHaveBeenCalledTimes(2);
    expect(t.saver.getState()).toMatchObject({ kind: 'saved' });
    expect(t.local()).toBeNull();
  });

  it('keeps the text when the session has ended, waiting for the person rather than typing', async () => {
    const t = setup();
    t.failNext(new ApiError(401, 'UNAUTHENTICATED', 'Sign in'));
    t.saver.change(text('Words'));
    await t.saver.flush();
    expect(t.saver.getState()).toMatchObject({ failure: { kind: 'signed-out' } });
    t.saver.change(text('Words and more'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.save).toHaveBeenCalledTimes(1); // no hammering while signed out
    expect(t.local()).toMatchObject({ body: 'Words and more' });
    await t.saver.flush(); // back in the tab after signing in again
    expect(t.sent.at(-1)).toMatchObject({ body: 'Words and more', version: 1 });
    expect(t.saver.isSaved()).toBe(true);
  });

  it('on a conflict, stops saving, reads the newer version, and lets the person keep their text', async () => {
    const t = setup();
    const latest = {
      body: 'From the other window',
      noteDate: '2026-03-06',
      version: 4,
      updatedAt: '2026-03-07T14:03:00Z',
    };
    t.setLatest({ ...latest, status: 'draft' });
    t.failNext(new ApiError(409, 'CONFLICT', 'stale'));
    t.saver.change(text('Mine'));
    await t.saver.flush();
    expect(t.saver.getState()).toEqual({
      kind: 'failed',
      failure: { kind: 'conflict', message: expect.any(String) as string, latest },
    });
    t.saver.change(text('Mine, still typing'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.save).toHaveBeenCalledTimes(1);
    expect(t.local()).toMatchObject({ body: 'Mine, still typing' });
    await t.saver.keepMine(latest);
    expect(t.sent.at(-1)).toEqual({ version: 4, body: 'Mine, still typing', noteDate: '2026-03-07' });
    expect(t.saver.isSaved()).toBe(true);
  });

  it('on a conflict, can take the newer version instead, dropping the device copy', async () => {
    const t = setup();
    const latest = { body: 'Theirs', noteDate: '2026-03-06', version: 4, updatedAt: '2026-03-07T14:03:00Z' };
    t.setLatest({ ...latest, status: 'draft' });
    t.failNext(new ApiError(409, 'CONFLICT', 'stale'));
    t.saver.change(text('Mine'));
    await t.saver.flush();
    expect(t.saver.useSaved(latest)).toEqual({ body: 'Theirs', noteDate: '2026-03-06' });
    expect(t.local()).toBeNull();
    expect(t.saver.version).toBe(4);
    expect(t.saver.getState()).toEqual({ kind: 'unchanged', at: latest.updatedAt });
  });

  it('finds out that a refused draft was signed or discarded elsewhere, and never saves it again', async () => {
    const signed = setup();
    signed.setLatest({ ...server, version: 5, status: 'signed' });
    signed.failNext(new ApiError(412, 'PRECONDITION_FAILED', 'This note is signed'));
    signed.saver.change(text('Late words'));
    await signed.saver.flush();
    expect(signed.saver.getState()).toMatchObject({ failure: { kind: 'signed' } });
    await signed.saver.flush();
    expect(signed.save).toHaveBeenCalledTimes(1);
    expect(signed.local()).toMatchObject({ body: 'Late words' });

    const gone = setup();
    gone.setLatest(null);
    gone.failNext(new ApiError(409, 'CONFLICT', 'stale'));
    gone.saver.change(text('Words'));
    await gone.saver.flush();
    expect(gone.saver.getState()).toMatchObject({ failure: { kind: 'gone' } });
  });

  it('starts in conflict when the restored text was typed over an older version', () => {
    const t = setup({
      server: { ...server, body: 'Newer', version: 3 },
      start: text('Typed here'),
      startInConflict: true,
    });
    expect(t.saver.getState()).toMatchObject({ failure: { kind: 'conflict', latest: { body: 'Newer', version: 3 } } });
    expect(t.saver.isDirty()).toBe(true);
    expect(t.local()).toMatchObject({ body: 'Typed here', baseVersion: 3 });
  });

  it('saves nothing more once the draft is signed or discarded from here', async () => {
    const t = setup();
    t.saver.change(text('Done'));
    await t.saver.flush();
    t.saver.finish();
    t.saver.change(text('Done, and a stray key'));
    await t.saver.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.save).toHaveBeenCalledTimes(1);
    expect(t.local()).toBeNull();
  });

  it('forgets the device copy when the text is typed back to what the server has', async () => {
    const t = setup();
    t.saver.change(text('x'));
    t.saver.change(text(''));
    expect(t.local()).toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.save).not.toHaveBeenCalled();
  });
});
