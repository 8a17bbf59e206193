import { requireOpen } from '../families';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { openNote, requireOwnDraft, staleDraft } from './access';
import { presentNote } from './present';
import { findNote, signDraft } from './queries';
import type { SignNote } from './schemas';

/**
 * Signs the caller's draft, as it was at the version they name: from then on it is part of the
 * clinical record and can never be changed (later corrections are addenda).
 */
export async function signNote({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: SignNote }) {
  return withinService(ctx, async (tx, actor) => {
    const { note, access, userId } = await openNote(tx, ctx, id);
    requireOpen(access);
    requireOwnDraft(note, userId);
    // What is signed must be what the author saw: a newer save elsewhere is a conflict, not signed blind.
    if (note.version !== input.version) throw staleDraft('sign');
    if (note.body.trim() === '') {
      throw new AppError('VALIDATION', 'Write the note before signing it.', {
        fields: [{ path: 'body.body', message: 'Write the note before signing it' }],
      });
    }
    const key = { serviceId: ctx.serviceId, id, authorId: userId, version: input.version };
    if ((await signDraft(tx, key)) === 0) throw staleDraft('sign');
    const signed = await findNote(tx, ctx.serviceId, id, userId);
    if (!signed) throw notFound('The case note');
    await audit(tx, actor, {
      action: 'note.signed',
      entityType: 'case-note',
      entityId: id,
      details: { familyId: note.familyId, addendumTo: note.addendumTo },
    });
    return presentNote(signed, userId);
  });
}
