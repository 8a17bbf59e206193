import { api } from '../../app/api-client';
import { familyKeys, familyPath } from '../family/api';

/** A case note or an addendum, as the notes API answers it. */
export type CaseNote = {
  id: string;
  noteDate: string;
  body: string;
  status: 'draft' | 'signed';
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  /** The signed note this addendum follows; null for a note. */
  addendumTo: string | null;
  /** Ids of this note's addenda that are in the same list, in time order. */
  addenda: string[];
  version: number;
  /** The caller wrote it. */
  mine: boolean;
};

/** The longest note the server accepts (src/server/modules/notes/schemas.ts). */
export const NOTE_MAX_LENGTH = 50_000;

/**
 * Query keys: under the family's own key, so invalidating `familyKeys.one(id)` refreshes them too.
 * `search` is '' for the whole list.
 */
export const notesKeys = {
  all: (familyId: string) => familyKeys.section(familyId, 'notes'),
  list: (familyId: string, search: string) => [...familyKeys.section(familyId, 'notes'), search] as const,
};

const notePath = (id: string, rest = '') => `/api/notes/${encodeURIComponent(id)}${rest}`;

/** Signed notes and the caller's own drafts, oldest first; with `search`, only those containing it. */
export const listNotes = async (familyId: string, search: string): Promise<CaseNote[]> => {
  const query = search.trim() === '' ? '' : `?q=${encodeURIComponent(search.trim())}`;
  return (await api<{ notes: CaseNote[] }>(familyPath(familyId, `/notes${query}`))).notes;
};

/** Starts a draft, empty unless `body` is given (e.g. text kept from a draft that can no longer be saved). */
export const startNote = (familyId: string, input: { body?: string; noteDate?: string } = {}) =>
  api<CaseNote>(familyPath(familyId, '/notes'), { method: 'POST', body: input });

export type DraftChange = { version: number; body: string; noteDate: string };

export const saveDraft = (id: string, change: DraftChange) =>
  api<CaseNote>(notePath(id), { method: 'PUT', body: change });

export const signNote = (id: string, version: number) =>
  api<CaseNote>(notePath(id, '/sign'), { method: 'POST', body: { version } });

export const startAddendum = (noteId: string, input: { body?: string; noteDate?: string } = {}) =>
  api<CaseNote>(notePath(noteId, '/addenda'), { method: 'POST', body: input });

export const discardDraft = (id: string, version: number) =>
  api<{ id: string; discarded: true }>(notePath(id), { method: 'DELETE', body: { version } });
