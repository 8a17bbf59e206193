import type { DraftChange } from './api';
import { sameText, type LocalStore } from './local-copy';
import {
  describeFailure,
  FAILURE_TEXT,
  isFinal,
  waitsForPerson,
  type Failure,
  type SavedDraft,
  type SaveState,
} from './save-status';

export type DraftText = { body: string; noteDate: string };

/** The draft as the server holds it now, or null when it no longer exists. */
export type LoadedDraft = SavedDraft & { status: 'draft' | 'signed' };

export type SaverOptions = {
  noteId: string;
  familyId: string;
  /** The server's draft when the editor opened. */
  server: SavedDraft;
  /** What the editor shows first: the server's text, or text restored from this device. */
  start: DraftText;
  /** The restored text was typed over an older version than the server's: ask before saving it. */
  startInConflict?: boolean;
  save: (change: DraftChange) => Promise<SavedDraft>;
  load: () => Promise<LoadedDraft | null>;
  store: LocalStore;
  now?: () => Date;
  /** How long after the last change to save. */
  delayMs?: number;
  /** How long to wait before trying again after the n-th failure in a row that is worth retrying. */
  retryMs?: (attempt: number) => number;
  /** Told of every save the server confirms (also after the editor has closed). */
  onSaved?: (draft: SavedDraft) => void;
};

export const SAVE_DELAY_MS = 1500;
const backoff = (attempt: number) => Math.min(30_000, 2500 * 2 ** Math.min(attempt - 1, 4));

/**
 * Saves a draft as it is written, without ever dropping what was typed: every change is copied to
 * this device first; a save goes to the server a moment after typing stops (or at once when asked),
 * one at a time, each at the version the last one answered; the device copy is removed only when
 * the server has confirmed the same text. A failure keeps the text and says what happens next.
 */
export class DraftSaver {
  private readonly o: Required<Omit<SaverOptions, 'startInConflict' | 'onSaved'>> & Pick<SaverOptions, 'onSaved'>;
  private text: DraftText;
  private saved: SavedDraft;
  private state: SaveState;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private failuresInARow = 0;
  private stopped = false;
  private finished = false;
  private readonly listeners = new Set<() => void>();

  constructor(options: SaverOptions) {
    this.o = { now: () => new Date(), delayMs: SAVE_DELAY_MS, retryMs: backoff, ...options };
    this.text = { ...options.start };
    this.saved = { ...options.server };
    this.state = options.startInConflict
      ? { kind: 'failed', failure: { kind: 'conflict', message: conflictMessage, latest: { ...options.server } } }
      : { kind: 'unchanged', at: options.server.updatedAt };
    if (this.isDirty()) this.keepLocally();
  }

  // --- what the editor reads -------------------------------------------------------------------

  getState = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The server's version of the draft, for signing or discarding it. */
  get version(): number {
    return this.saved.version;
  }

  /** There is text here the server does not have. */
  isDirty(): boolean {
    return !sameText(this.text, this.saved);
  }

  /** Everything typed is on the server and nothing stands in the way of signing. */
  isSaved(): boolean {
    return !this.isDirty() && this.state.kind !== 'failed' && this.state.kind !== 'saving';
  }

  // --- what the editor tells it ----------------------------------------------------------------

  /** The person changed the text: keep it on this device now, save it when they pause. */
  change(text: DraftText): void {
    if (this.finished) return;
    this.text = { ...text };
    if (this.isDirty()) this.keepLocally();
    else this.o.store.remove(this.o.noteId);
    if (this.state.kind === 'failed' && waitsForPerson(this.state.failure)) return;
    if (this.isDirty()) this.schedule(this.o.delayMs);
    else this.cancelTimer();
  }

  /**
   * Saves now if anything is unsaved (leaving the field, hiding the page, before signing). Resolves
   * once the latest text is saved or a save has failed.
   */
  flush(): Promise<void> {
    this.cancelTimer();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** After a conflict: show the version saved elsewhere instead, dropping the text typed here. */
  useSaved(latest: SavedDraft): DraftText {
    this.saved = { ...latest };
    this.text = { body: latest.body, noteDate: latest.noteDate };
    this.o.store.remove(this.o.noteId);
    this.setState({ kind: 'unchanged', at: latest.updatedAt });
    return { ...this.text };
  }

  /** After a conflict: keep the text typed here and save it over the version saved elsewhere. */
  keepMine(latest: SavedDraft): Promise<void> {
    this.saved = { ...latest };
    this.setState({ kind: 'unchanged', at: latest.updatedAt });
    if (this.isDirty()) this.keepLocally();
    else this.o.store.remove(this.o.noteId);
    return this.flush();
  }

  /** After a conflict whose newer version could not be read: read it again. */
  async reloadLatest(): Promise<void> {
    if (this.state.kind !== 'failed' || this.state.failure.kind !== 'conflict') return;
    this.setState({ kind: 'failed', failure: await this.explain(this.state.failure) });
  }

  /** The draft was signed or discarded from here: nothing more to save or keep. */
  finish(): void {
    this.finished = true;
    this.stop();
    this.o.store.remove(this.o.noteId);
  }

  /** The editor has gone: no more timers (a save already under way still completes). */
  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  /** The editor is back (React may mount it twice): timers may run again. */
  resume(): void {
    this.stopped = false;
  }

  // --- inside ----------------------------------------------------------------------------------

  private async run(): Promise<void> {
    for (;;) {
      this.again = false;
      if (!this.canSave() || !this.isDirty()) return;
      await this.sendOnce();
      // Asked again while that save was on its way (e.g. signing after more typing): go round once more.
      if (!this.askedAgain() || this.state.kind !== 'saved') return;
    }
  }

  private askedAgain(): boolean {
    return this.again;
  }

  private canSave(): boolean {
    if (this.finished) return false;
    if (this.state.kind !== 'failed') return true;
    const { failure } = this.state;
    return !isFinal(failure) && failure.kind !== 'conflict';
  }

  private async sendOnce(): Promise<void> {
    const sent = { ...this.text };
    this.setState({ kind: 'saving' });
    try {
      const answer = await this.o.save({ version: this.saved.version, ...sent });
      this.saved = { ...answer };
      this.failuresInARow = 0;
      if (this.isDirty()) this.keepLocally();
      else this.o.store.remove(this.o.noteId);
      this.setState({ kind: 'saved', at: answer.updatedAt });
      this.o.onSaved?.(answer);
    } catch (error) {
      const failure = await this.explain(describeFailure(error));
      this.setState({ kind: 'failed', failure });
      if (failure.kind === 'retry') {
        this.failuresInARow += 1;
        this.schedule(this.o.retryMs(this.failuresInARow));
      }
    }
  }

  /** A conflict or a refusal says little by itself: what has happened to the draft? */
  private async explain(failure: Failure): Promise<Failure> {
    if (failure.kind !== 'conflict' && failure.kind !== 'read-only') return failure;
    let latest: LoadedDraft | null;
    try {
      latest = await this.o.load();
    } catch {
      return failure;
    }
    if (!latest) return { kind: 'gone', message: FAILURE_TEXT.gone };
    if (latest.status === 'signed') return { kind: 'signed', message: FAILURE_TEXT.signed };
    if (failure.kind === 'conflict') {
      const { status: _status, ...draft } = latest;
      return { ...failure, latest: draft };
    }
    return failure;
  }

  private keepLocally(): void {
    this.o.store.write(this.o.noteId, {
      familyId: this.o.familyId,
      body: this.text.body,
      noteDate: this.text.noteDate,
      baseVersion: this.saved.version,
      changedAt: this.o.now().toISOString(),
    });
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

const conflictMessage = 'this draft was saved from another window or device after you last typed here.';
