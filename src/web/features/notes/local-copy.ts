/**
 * A copy, in this browser, of what someone typed into a draft that the server has not yet
 * confirmed saving. It outlives a lost connection, an ended session and a closed tab, and is
 * removed as soon as the server confirms a save of the same text.
 */
export type LocalCopy = {
  familyId: string;
  body: string;
  noteDate: string;
  /** The server's version of the draft this text was typed over. */
  baseVersion: number;
  /** When it was typed (this device's clock). */
  changedAt: string;
};

/** What the server holds of a draft. */
export type ServerDraft = { body: string; noteDate: string; version: number };

export type LocalStore = {
  read: (noteId: string) => LocalCopy | null;
  write: (noteId: string, copy: LocalCopy) => void;
  remove: (noteId: string) => void;
};

const PREFIX = 'haven.note-draft.';

const isLocalCopy = (value: unknown): value is LocalCopy => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.familyId === 'string' &&
    typeof v.body === 'string' &&
    typeof v.noteDate === 'string' &&
    typeof v.baseVersion === 'number' &&
    typeof v.changedAt === 'string'
  );
};

/** A LocalStore over a Web Storage area; storage that is full or switched off simply holds nothing. */
export function storeIn(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): LocalStore {
  return {
    read: (noteId) => {
      try {
        const raw = storage?.getItem(PREFIX + noteId);
        if (!raw) return null;
        const value: unknown = JSON.parse(raw);
        return isLocalCopy(value) ? value : null;
      } catch {
        return null;
      }
    },
    write: (noteId, copy) => {
      try {
        storage?.setItem(PREFIX + noteId, JSON.stringify(copy));
      } catch {
        // Full or refused: the server copy is then the only one.
      }
    },
    remove: (noteId) => {
      try {
        storage?.removeItem(PREFIX + noteId);
      } catch {
        // Nothing to do.
      }
    },
  };
}

const browserStorage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // some privacy settings refuse access outright
  }
};

/** This browser's local copies of drafts. */
export const localDrafts: LocalStore = storeIn(browserStorage());

export const sameText = (a: { body: string; noteDate: string }, b: { body: string; noteDate: string }) =>
  a.body === b.body && a.noteDate === b.noteDate;

/** How an editor opens a draft, given the server's copy and any copy kept on this device. */
export type Start =
  /** Nothing newer here: the server's text. */
  | { from: 'server'; body: string; noteDate: string; discardLocal: boolean }
  /**
   * Text typed on this device that the server never confirmed. `savedSince` means the draft was
   * also saved elsewhere after that text was typed over it, so the person must choose.
   */
  | { from: 'device'; body: string; noteDate: string; changedAt: string; savedSince: boolean };

/**
 * Chooses between the server's draft and this device's copy. A copy that differs from the server
 * always wins the editor (it is what this person last typed, and nothing is lost by showing it);
 * when the server has been saved since the copy was made, the editor asks which to keep.
 */
export function chooseStart(server: ServerDraft, local: LocalCopy | null): Start {
  if (!local) return { from: 'server', body: server.body, noteDate: server.noteDate, discardLocal: false };
  if (sameText(local, server))
    return { from: 'server', body: server.body, noteDate: server.noteDate, discardLocal: true };
  return {
    from: 'device',
    body: local.body,
    noteDate: local.noteDate,
    changedAt: local.changedAt,
    savedSince: local.baseVersion < server.version,
  };
}

/** True when this device holds text for the draft that the server does not have. */
export const hasUnsavedCopy = (server: ServerDraft, local: LocalCopy | null): boolean =>
  local !== null && !sameText(local, server);
