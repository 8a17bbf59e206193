import { requireOpen } from '../families';
import { v7 as uuidv7 } from 'uuid';
import { todayInLondon } from '../../../core/dates';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { openNotes, userOf } from './access';
import { presentNote } from './present';
import { findNote, insertNote } from './queries';
import type { StartDraft } from './schemas';

/** Starts a case note as a draft of the caller's, usually empty: the editor saves it as they write. */
export async function startDraft({ ctx, familyId, input }: { ctx: ServiceCtx; familyId: string; input: StartDraft }) {
  const userId = userOf(ctx);
  return withinService(ctx, async (tx, actor) => {
    requireOpen(await openNotes(tx, ctx, familyId));
    const id = uuidv7();
    await insertNote(tx, {
      serviceId: ctx.serviceId,
      id,
      familyId,
      authorId: userId,
      addendumTo: null,
      noteDate: input.noteDate ?? todayInLondon(),
      body: input.body,
    });
    const note = await findNote(tx, ctx.serviceId, id, userId);
    if (!note) throw notFound('The case note');
    await audit(tx, actor, {
      action: 'note.draft-started',
      entityType: 'case-note',
      entityId: id,
      details: { familyId },
    });
    return presentNote(note, userId);
  });
}
