import type { ServiceCtx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { openFamily, requireClinical, type FamilyAccess } from '../families';
import { findNote, SIGNED_NOTE_MESSAGE, type NoteRow } from './queries';

/** The signed-in user behind the request: notes belong to people (users), not to memberships. */
export function userOf(ctx: ServiceCtx): string {
  if (!ctx.userId) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return ctx.userId;
}

/** Opens a family's clinical record: case notes are for practitioners who can open it, and managers. */
export async function openNotes(tx: Tx, ctx: ServiceCtx, familyId: string): Promise<FamilyAccess> {
  const access = await openFamily(tx, ctx, familyId);
  requireClinical(access);
  return access;
}

/**
 * Opens one note by its id: a signed note, or the caller's own draft (someone else's draft is
 * private to them, so it is "not found"), then its family's record as for any family.
 */
export async function openNote(
  tx: Tx,
  ctx: ServiceCtx,
  id: string,
): Promise<{ note: NoteRow; access: FamilyAccess; userId: string }> {
  const userId = userOf(ctx);
  const note = await findNote(tx, ctx.serviceId, id, userId);
  if (!note) throw notFound('The case note');
  const access = await openNotes(tx, ctx, note.familyId);
  return { note, access, userId };
}

/** Refuses a change to a note the caller did not write, or one that is signed. */
export function requireOwnDraft(note: NoteRow, userId: string): void {
  if (note.status === 'signed') throw new AppError('PRECONDITION_FAILED', SIGNED_NOTE_MESSAGE);
  if (note.authorId !== userId) throw new AppError('FORBIDDEN', 'Only the author can change a draft.');
}

/**
 * The draft was saved elsewhere (another window or device) after the caller opened it: nothing was
 * overwritten, and what they typed is still in their editor.
 */
export function staleDraft(doing: 'save' | 'sign' | 'discard'): AppError {
  const message =
    doing === 'save'
      ? 'This draft was saved from another window or device after you opened it, so these changes were not saved. ' +
        'Your text is still on your screen: copy it, then reload the note to carry on.'
      : 'This draft was saved from another window or device after you opened it. ' +
        `Reload it to see the latest text, then ${doing} it.`;
  return new AppError('CONFLICT', message);
}
