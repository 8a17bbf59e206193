import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { openFamily, peopleOfFamily } from '../families';
import { requireRead } from './policy';
import { presentInteraction, presentObservable } from './present';
import { listObservations } from './queries';
import type { InteractionList } from './schemas';

/**
 * A family's coded interactions, newest first, each with its metrics; and the carers and born
 * babies a new observation can be of. Audited as a read of the section.
 */
export async function listInteractions({
  ctx,
  familyId,
}: {
  ctx: ServiceCtx;
  familyId: string;
}): Promise<InteractionList> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireRead(access);
    const rows = await listObservations(tx, ctx.serviceId, familyId);
    const people = presentObservable(await peopleOfFamily(tx, ctx.serviceId, familyId));
    await audit(tx, actor, {
      action: 'interactions.read',
      entityType: 'family',
      entityId: familyId,
      details: { familyId },
    });
    return { observations: rows.map(presentInteraction), ...people, canWrite: access.canWriteNotes };
  });
}
