import { v7 as uuidv7 } from 'uuid';
import { summariseInteraction } from '../../../core/interaction';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { checkChildAndCarer, openFamily, peopleOfFamily } from '../families';
import { requireWrite } from './policy';
import { presentInteraction } from './present';
import { findObservation, insertObservation } from './queries';
import type { InteractionObservation, RecordInteraction } from './schemas';

/**
 * Saves a coded interaction between a born baby of the family and one of its carers. The events were
 * checked at the edge (order, times, codes, limits); here, whom it is of.
 */
export async function recordInteraction({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: RecordInteraction;
}): Promise<InteractionObservation> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireWrite(access);
    // Whom it is of: a born baby and a carer of this family, as for the attachment assessments.
    checkChildAndCarer(await peopleOfFamily(tx, ctx.serviceId, familyId), input, null);
    const events = input.events.map((e) => ({ atMs: e.atMs, code: e.code }));
    const id = uuidv7();
    await insertObservation(tx, {
      serviceId: ctx.serviceId,
      id,
      familyId,
      childId: input.childId,
      carerId: input.carerId,
      observedOn: input.observedOn,
      source: input.source,
      context: input.context ?? null,
      durationMs: input.durationMs,
      events,
      notes: input.notes ?? null,
      codedBy: ctx.userId,
    });
    const row = await findObservation(tx, ctx.serviceId, id);
    if (!row) throw notFound('The interaction observation');
    const metrics = summariseInteraction(events);
    await audit(tx, actor, {
      action: 'interaction.recorded',
      entityType: 'interaction',
      entityId: id,
      // Counts only: never the context or notes.
      details: {
        familyId,
        childId: input.childId,
        carerId: input.carerId,
        source: input.source,
        events: events.length,
        bids: metrics.bids,
        mismatches: metrics.mismatches,
      },
    });
    return presentInteraction(row);
  });
}
