import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { notFound, staleVersion } from '../../platform/errors';
import { openObservationForChange } from './open-entry';
import { namesOf, presentObservation } from './present';
import { findObservation, updateObservation } from './queries';
import { seenCodes } from './record-attachment-observation';
import type { AttachmentObservation, ReviseAttachmentObservation } from './schemas';
import { checkChildAndCarer, peopleOfFamily } from '../families';

/** Corrects or completes an attachment observation. Version-checked. */
export async function reviseAttachmentObservation({
  ctx,
  id,
  input,
}: {
  ctx: ServiceCtx;
  id: string;
  input: ReviseAttachmentObservation;
}): Promise<AttachmentObservation> {
  return withinService(ctx, async (tx, actor) => {
    const { row } = await openObservationForChange(tx, ctx, id);
    const people = await peopleOfFamily(tx, ctx.serviceId, row.familyId);
    const childId = input.childId !== undefined && input.childId !== row.childId ? input.childId : undefined;
    const carerId = input.carerId !== undefined && input.carerId !== row.carerId ? input.carerId : undefined;
    checkChildAndCarer(
      people,
      { childId, carerId },
      {
        value: input.observedOn ?? row.observedOn,
        field: input.observedOn !== undefined ? 'body.observedOn' : 'body.childId',
        what: 'The date observed',
        childId: input.childId ?? row.childId,
      },
    );
    const changes = {
      ...(input.childId !== undefined ? { childId: input.childId } : {}),
      ...(input.carerId !== undefined ? { carerId: input.carerId } : {}),
      ...(input.observedOn !== undefined ? { observedOn: input.observedOn } : {}),
      ...(input.observedBy !== undefined ? { observedBy: input.observedBy } : {}),
      ...(input.setting !== undefined ? { setting: input.setting === '' ? null : input.setting } : {}),
      ...(input.features !== undefined ? { features: input.features } : {}),
    };
    if ((await updateObservation(tx, ctx.serviceId, id, input.version, changes)) === 0) {
      throw staleVersion('this attachment observation');
    }
    const after = await findObservation(tx, ctx.serviceId, id);
    if (!after) throw notFound('The attachment observation');
    await audit(tx, actor, {
      action: 'attachment-observation.revised',
      entityType: 'attachment-observation',
      entityId: id,
      details: {
        familyId: row.familyId,
        changed: Object.keys(changes).sort(),
        ...(input.features ? { seen: seenCodes(input.features) } : {}),
      },
    });
    return presentObservation(after, namesOf(people));
  });
}
