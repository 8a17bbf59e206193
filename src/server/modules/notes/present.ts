import type { NoteRow } from './queries';

/** One case note as the API answers it; `addenda` are the ids of its addenda shown with it. */
export function presentNote(row: NoteRow, userId: string, addenda: string[] = []) {
  return {
    id: row.id,
    noteDate: row.noteDate,
    body: row.body,
    status: row.status,
    author: { id: row.authorId, name: row.authorName ?? 'Unknown author' },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    signedAt: row.signedAt?.toISOString() ?? null,
    addendumTo: row.addendumTo,
    addenda,
    version: row.version,
    mine: row.authorId === userId,
  };
}

/** A family's notes in time order, each note naming the addenda (in the same list) that follow it. */
export function presentNotes(rows: NoteRow[], userId: string) {
  const addenda = new Map<string, string[]>();
  for (const row of rows) {
    if (row.addendumTo) addenda.set(row.addendumTo, [...(addenda.get(row.addendumTo) ?? []), row.id]);
  }
  return { notes: rows.map((row) => presentNote(row, userId, addenda.get(row.id) ?? [])) };
}
