import { requireOpen } from '../families';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { openNote, requireOwnDraft, staleDraft } from './access';
import { deleteDraft } from './queries';
import type { DiscardDraft } from './schemas';

/** Discards the caller's own draft. A signed note is never removed. */
export async function discardDraft({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: DiscardDraft }) {
  return withinService(ctx, async (tx, actor) => {
    const { note, access, userId } = await openNote(tx, ctx, id);
    requireOpen(access);
    requireOwnDraft(note, userId);
    const key = { serviceId: ctx.serviceId, id, authorId: userId, version: input.version };
    if ((await deleteDraft(tx, key)) === 0) throw staleDraft('discard');
    await audit(tx, actor, {
      action: 'note.draft-discarded',
      entityType: 'case-note',
      entityId: id,
      details: { familyId: note.familyId },
    });
    return { id, discarded: true as const };
  });
}
