import { describe, expect, it } from 'vitest';
import type { CaseNote } from './api';
import { arrangeNotes, highlight, preview, resultsText } from './arrange';

let n = 0;
const note = (over: Partial<CaseNote>): CaseNote => {
  n += 1;
  return {
    id: `id-${n}`,
    noteDate: '2026-03-01',
    body: 'text',
    status: 'signed',
    author: { id: 'u1', name: 'Priya Practitioner' },
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    signedAt: '2026-03-01T10:00:00Z',
    addendumTo: null,
    addenda: [],
    version: 2,
    mine: true,
    ...over,
  };
};

describe('arrangeNotes', () => {
  it('puts signed notes newest first with their addenda beneath, oldest first, and drafts apart', () => {
    const first = note({ id: 'first', noteDate: '2026-03-01' });
    const second = note({ id: 'second', noteDate: '2026-03-02' });
    const add1 = note({ id: 'add1', addendumTo: 'first', noteDate: '2026-03-03' });
    const add2 = note({ id: 'add2', addendumTo: 'first', noteDate: '2026-03-04' });
    const draftAdd = note({ id: 'draftAdd', addendumTo: 'first', status: 'draft', signedAt: null });
    const draft1 = note({ id: 'draft1', status: 'draft', signedAt: null, noteDate: '2026-03-05' });
    const draft2 = note({ id: 'draft2', status: 'draft', signedAt: null, noteDate: '2026-03-06' });
    const { drafts, entries } = arrangeNotes([first, second, add1, add2, draftAdd, draft1, draft2]);
    expect(entries.map((e) => e.note.id)).toEqual(['second', 'first']);
    expect(entries[1]!.addenda.map((a) => a.id)).toEqual(['add1', 'add2']);
    expect(entries[1]!.draftAddenda.map((a) => a.id)).toEqual(['draftAdd']);
    expect(entries[0]!.addenda).toEqual([]);
    expect(drafts.map((d) => d.id)).toEqual(['draft2', 'draft1', 'draftAdd']);
  });

  it("never lists someone else's draft, and never hides an addendum whose note is missing", () => {
    const theirs = note({ id: 'theirs', status: 'draft', mine: false });
    const orphan = note({ id: 'orphan', addendumTo: 'not-here' });
    const { drafts, entries } = arrangeNotes([theirs, orphan]);
    expect(drafts).toEqual([]);
    expect(entries.map((e) => e.note.id)).toEqual(['orphan']);
  });
});

describe('highlight', () => {
  it('marks each match, in any case, keeping the original text', () => {
    expect(highlight('Mum held baby; MUM smiled', 'mum')).toEqual([
      { text: 'Mum', match: true },
      { text: ' held baby; ', match: false },
      { text: 'MUM', match: true },
      { text: ' smiled', match: false },
    ]);
  });

  it('marks nothing without a search, or when nothing matches', () => {
    expect(highlight('Some text', '  ')).toEqual([{ text: 'Some text', match: false }]);
    expect(highlight('Some text', 'zebra')).toEqual([{ text: 'Some text', match: false }]);
    expect(highlight('', 'x')).toEqual([]);
  });

  it('joins back to the text it was given', () => {
    const text = 'a.b.A.B.ab';
    expect(
      highlight(text, 'A.')
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('preview', () => {
  it('keeps short text whole and cuts long text at a word', () => {
    expect(preview('  Short note.  ')).toBe('Short note.');
    expect(preview('one two three four five six', 14)).toBe('one two three…');
  });
});

describe('resultsText', () => {
  it('counts signed notes shown, not their matching addenda', () => {
    const entry = { note: note({}), addenda: [note({}), note({})], draftAddenda: [] };
    expect(resultsText({ drafts: [], entries: [entry] }, ' mum ')).toBe('1 signed note found for “mum”');
    expect(resultsText({ drafts: [], entries: [entry, entry] }, 'mum')).toBe('2 signed notes found for “mum”');
    expect(resultsText({ drafts: [], entries: [] }, 'mum')).toBe('0 signed notes found for “mum”');
  });
});
