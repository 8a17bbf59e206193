import type { CaseNote } from './api';

/** A signed note with its signed addenda (oldest first), and any draft addenda of the caller's to it. */
export type NoteEntry = { note: CaseNote; addenda: CaseNote[]; draftAddenda: CaseNote[] };

export type Arranged = {
  /** The caller's own drafts, notes and addenda, newest first. */
  drafts: CaseNote[];
  /** Signed notes, newest first (by the note's date, then when signed), each with its addenda beneath. */
  entries: NoteEntry[];
};

/**
 * Arranges the API's flat list (oldest first) for the page: signed notes newest first, as UK
 * clinical systems show them, each with its addenda beneath in the order they were written.
 */
export function arrangeNotes(notes: readonly CaseNote[]): Arranged {
  const signed = notes.filter((n) => n.status === 'signed');
  const notesById = new Set(signed.filter((n) => n.addendumTo === null).map((n) => n.id));
  const entries: NoteEntry[] = signed
    // An addendum whose note is not in the list (it should always be) is shown on its own, never hidden.
    .filter((n) => n.addendumTo === null || !notesById.has(n.addendumTo))
    .map((note) => ({
      note,
      addenda: signed.filter((a) => a.addendumTo === note.id),
      draftAddenda: notes.filter((a) => a.addendumTo === note.id && a.status === 'draft' && a.mine),
    }))
    .reverse();
  const drafts = notes.filter((n) => n.status === 'draft' && n.mine).reverse();
  return { drafts, entries };
}

export type Segment = { text: string; match: boolean };

/** `text` cut into the parts that contain `search` (any case) and those that do not, for marking matches. */
export function highlight(text: string, search: string): Segment[] {
  const needle = search.trim().toLocaleLowerCase('en-GB');
  if (needle === '') return text === '' ? [] : [{ text, match: false }];
  const haystack = text.toLocaleLowerCase('en-GB');
  // Lower-casing can change a string's length (rare letters); then mark nothing rather than the wrong part.
  if (haystack.length !== text.length) return [{ text, match: false }];
  const segments: Segment[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) segments.push({ text: text.slice(from, at), match: false });
    segments.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) segments.push({ text: text.slice(from), match: false });
  return segments;
}

/** The start of a draft for the list, cut at a word where it can be; '' for an empty draft. */
export function preview(text: string, max = 240): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "1 signed note found for “mum”": notes shown, each counted once however many of its addenda match. */
export function resultsText(arranged: Arranged, search: string): string {
  const n = arranged.entries.length;
  const found = n === 1 ? '1 signed note found' : `${n} signed notes found`;
  return `${found} for “${search.trim()}”`;
}
