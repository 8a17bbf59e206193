import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { openNotes, userOf } from './access';
import { presentNotes } from './present';
import { listNotes as selectNotes } from './queries';
import type { NoteSearch } from './schemas';

/**
 * A family's case notes: every signed note and the caller's own drafts, in time order, optionally
 * only those containing some text. The read is audited; what was searched for is not.
 */
export async function listNotes({ ctx, familyId, search }: { ctx: ServiceCtx; familyId: string; search: NoteSearch }) {
  const userId = userOf(ctx);
  return withinService(ctx, async (tx, actor) => {
    await openNotes(tx, ctx, familyId);
    const rows = await selectNotes(tx, ctx.serviceId, familyId, userId, search.q);
    await audit(tx, actor, {
      action: 'notes.read',
      entityType: 'family',
      entityId: familyId,
      details: { familyId, searched: search.q !== undefined },
    });
    return presentNotes(rows, userId);
  });
}
