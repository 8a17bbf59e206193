import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { notFound, staleVersion } from '../../platform/errors';
import { openFamily, RECORD_ROLES } from '../families';
import { requireWrite } from './policy';
import { presentInteraction } from './present';
import { findObservation, updateObservation } from './queries';
import type { InteractionObservation, UpdateInteraction } from './schemas';

/**
 * Changes an observation's context or notes. The coded events are the record of what was seen and
 * are never edited: a wrong coding is coded again. Version-checked.
 */
export async function updateInteraction({
  ctx,
  id,
  input,
}: {
  ctx: ServiceCtx;
  id: string;
  input: UpdateInteraction;
}): Promise<InteractionObservation> {
  // Roles that never open records are refused before anything is looked up.
  authorize(ctx, RECORD_ROLES);
  return withinService(ctx, async (tx, actor) => {
    const before = await findObservation(tx, ctx.serviceId, id);
    if (!before) throw notFound('The interaction observation');
    const access = await openFamily(tx, ctx, before.familyId);
    requireWrite(access);
    const changes = {
      ...(input.context !== undefined || 'context' in input ? { context: input.context ?? null } : {}),
      ...(input.notes !== undefined || 'notes' in input ? { notes: input.notes ?? null } : {}),
    };
    if ((await updateObservation(tx, ctx.serviceId, id, input.version, changes)) === 0) {
      throw staleVersion('this interaction observation');
    }
    const after = await findObservation(tx, ctx.serviceId, id);
    if (!after) throw notFound('The interaction observation');
    await audit(tx, actor, {
      action: 'interaction.changed',
      entityType: 'interaction',
      entityId: id,
      details: { familyId: before.familyId, changed: Object.keys(changes).sort() },
    });
    return presentInteraction(after);
  });
}
