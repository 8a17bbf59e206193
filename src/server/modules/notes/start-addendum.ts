import { requireOpen } from '../families';
import { v7 as uuidv7 } from 'uuid';
import { todayInLondon } from '../../../core/dates';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { openNote } from './access';
import { presentNote } from './present';
import { ADDENDUM_NEEDS_SIGNED_NOTE, findNote, insertNote } from './queries';
import type { StartAddendum } from './schemas';

/**
 * Starts an addendum to a signed note: a draft of the caller's, saved and signed like any other.
 * An addendum to an addendum follows the original note, so each note's addenda stay one list.
 */
export async function startAddendum({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: StartAddendum }) {
  return withinService(ctx, async (tx, actor) => {
    const { note, access, userId } = await openNote(tx, ctx, id);
    requireOpen(access);
    if (note.status !== 'signed') {
      throw new AppError(
        'PRECONDITION_FAILED',
        `${ADDENDUM_NEEDS_SIGNED_NOTE} This one is still a draft: edit it instead.`,
      );
    }
    const addendumTo = note.addendumTo ?? note.id;
    const addendumId = uuidv7();
    await insertNote(tx, {
      serviceId: ctx.serviceId,
      id: addendumId,
      familyId: note.familyId,
      authorId: userId,
      addendumTo,
      noteDate: input.noteDate ?? todayInLondon(),
      body: input.body,
    });
    const addendum = await findNote(tx, ctx.serviceId, addendumId, userId);
    if (!addendum) throw notFound('The case note');
    await audit(tx, actor, {
      action: 'note.addendum-started',
      entityType: 'case-note',
      entityId: addendumId,
      details: { familyId: note.familyId, addendumTo },
    });
    return presentNote(addendum, userId);
  });
}
