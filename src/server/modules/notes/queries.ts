import { and, asc, eq, ilike, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import { caseNotes, users } from '../../db/schema';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors';

const noteColumns = {
  id: caseNotes.id,
  familyId: caseNotes.familyId,
  authorId: caseNotes.authorId,
  authorName: users.displayName,
  addendumTo: caseNotes.addendumTo,
  noteDate: caseNotes.noteDate,
  body: caseNotes.body,
  status: caseNotes.status,
  signedAt: caseNotes.signedAt,
  version: caseNotes.version,
  createdAt: caseNotes.createdAt,
  updatedAt: caseNotes.updatedAt,
};

export type NoteRow = {
  id: string;
  familyId: string;
  authorId: string;
  authorName: string | null;
  addendumTo: string | null;
  noteDate: string;
  body: string;
  status: 'draft' | 'signed';
  signedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

type NoteColumns = { serviceId: PgColumn; familyId: PgColumn; status: PgColumn; authorId: PgColumn };

/** What `userId` may see of the case notes: every signed note, and their own drafts only. */
const visibleTo = (table: NoteColumns, userId: string) => or(eq(table.status, 'signed'), eq(table.authorId, userId));

const matching = alias(caseNotes, 'matching');

const selectNotes = (tx: Tx) =>
  tx.select(noteColumns).from(caseNotes).leftJoin(users, eq(users.id, caseNotes.authorId));

/** One note the caller may see (a signed note, or their own draft), or null. */
export async function findNote(tx: Tx, serviceId: string, id: string, userId: string): Promise<NoteRow | null> {
  const [row] = await selectNotes(tx).where(
    and(eq(caseNotes.serviceId, serviceId), eq(caseNotes.id, id), visibleTo(caseNotes, userId)),
  );
  return row ?? null;
}

/** `text` for ILIKE, with its wildcards (and the escape character itself) taken literally. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A family's notes the caller may see, in time order. With `search`, only those whose text contains
 * it, plus the note that each matching addendum follows.
 */
export async function listNotes(
  tx: Tx,
  serviceId: string,
  familyId: string,
  userId: string,
  search: string | undefined,
): Promise<NoteRow[]> {
  const inFamily = (t: NoteColumns) => and(eq(t.serviceId, serviceId), eq(t.familyId, familyId), visibleTo(t, userId));
  let where: SQL | undefined = inFamily(caseNotes);
  if (search !== undefined) {
    const pattern = likePattern(search);
    const notesOfMatchingAddenda = tx
      .select({ id: matching.addendumTo })
      .from(matching)
      .where(and(inFamily(matching), isNotNull(matching.addendumTo), ilike(matching.body, pattern)));
    where = and(where, or(ilike(caseNotes.body, pattern), inArray(caseNotes.id, notesOfMatchingAddenda)));
  }
  return selectNotes(tx)
    .where(where)
    .orderBy(
      asc(caseNotes.noteDate),
      asc(sql`coalesce(${caseNotes.signedAt}, ${caseNotes.createdAt})`),
      asc(caseNotes.id),
    );
}

export type NewNote = {
  serviceId: string;
  id: string;
  familyId: string;
  authorId: string;
  addendumTo: string | null;
  noteDate: string;
  body: string;
};

export async function insertNote(tx: Tx, note: NewNote): Promise<void> {
  await guarded(tx.insert(caseNotes).values({ ...note, status: 'draft' }));
}

/** The draft at `version`, by its author: answers how many rows changed (0 when the version is stale). */
const draftAt = (serviceId: string, id: string, authorId: string, version: number) =>
  and(
    eq(caseNotes.serviceId, serviceId),
    eq(caseNotes.id, id),
    eq(caseNotes.authorId, authorId),
    eq(caseNotes.status, 'draft'),
    eq(caseNotes.version, version),
  );

export async function saveDraft(
  tx: Tx,
  key: { serviceId: string; id: string; authorId: string; version: number },
  change: { body: string; noteDate: string },
): Promise<number> {
  const rows = await guarded(
    tx
      .update(caseNotes)
      .set({ ...change, version: sql`${caseNotes.version} + 1`, updatedAt: sql`now()` })
      .where(draftAt(key.serviceId, key.id, key.authorId, key.version))
      .returning({ id: caseNotes.id }),
  );
  return rows.length;
}

export async function signDraft(
  tx: Tx,
  key: { serviceId: string; id: string; authorId: string; version: number },
): Promise<number> {
  const rows = await guarded(
    tx
      .update(caseNotes)
      .set({
        status: 'signed',
        signedAt: sql`now()`,
        version: sql`${caseNotes.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(draftAt(key.serviceId, key.id, key.authorId, key.version))
      .returning({ id: caseNotes.id }),
  );
  return rows.length;
}

export async function deleteDraft(
  tx: Tx,
  key: { serviceId: string; id: string; authorId: string; version: number },
): Promise<number> {
  const rows = await guarded(
    tx
      .delete(caseNotes)
      .where(draftAt(key.serviceId, key.id, key.authorId, key.version))
      .returning({ id: caseNotes.id }),
  );
  return rows.length;
}

export const SIGNED_NOTE_MESSAGE = 'This note is signed and cannot be changed. Add an addendum instead.';
export const ADDENDUM_NEEDS_SIGNED_NOTE = 'An addendum can only be added to a signed note.';

/**
 * The database's own guard on case notes (trigger haven_guard_case_note) as the answer a clinician
 * sees, should it ever fire (e.g. a race the checks before the write could not see); any other
 * error is answered unchanged.
 */
export function fromNoteGuard(err: unknown): unknown {
  if (err instanceof AppError) return err;
  // drizzle wraps the driver's error as `cause`; look a few levels down, never in a loop.
  let e: unknown = err;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth += 1) {
    const { message, hint } = e as { message?: unknown; hint?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (hint === 'haven:signed-note' || /^case note \S+ is signed and cannot be changed/.test(text))
      return new AppError('PRECONDITION_FAILED', SIGNED_NOTE_MESSAGE, { cause: err });
    if (text.startsWith('an addendum must follow a signed note'))
      return new AppError('PRECONDITION_FAILED', ADDENDUM_NEEDS_SIGNED_NOTE, { cause: err });
    e = (e as { cause?: unknown }).cause;
  }
  return err;
}

async function guarded<T>(query: PromiseLike<T>): Promise<T> {
  try {
    return await query;
  } catch (err) {
    throw fromNoteGuard(err);
  }
}
