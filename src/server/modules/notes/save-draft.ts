import { requireOpen } from '../families';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { openNote, requireOwnDraft, staleDraft } from './access';
import { presentNote } from './present';
import { findNote, saveDraft as updateDraft } from './queries';
import type { SaveDraft } from './schemas';

/** Saves the caller's draft (the editor calls this as they write): its text and date, at the version they read. */
export async function saveDraft({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: SaveDraft }) {
  return withinService(ctx, async (tx, actor) => {
    const { note, access, userId } = await openNote(tx, ctx, id);
    requireOpen(access);
    requireOwnDraft(note, userId);
    const key = { serviceId: ctx.serviceId, id, authorId: userId, version: input.version };
    if ((await updateDraft(tx, key, { body: input.body, noteDate: input.noteDate })) === 0) throw staleDraft('save');
    const saved = await findNote(tx, ctx.serviceId, id, userId);
    if (!saved) throw notFound('The case note');
    await audit(tx, actor, {
      action: 'note.draft-saved',
      entityType: 'case-note',
      entityId: id,
      details: { familyId: note.familyId },
    });
    return presentNote(saved, userId);
  });
}
