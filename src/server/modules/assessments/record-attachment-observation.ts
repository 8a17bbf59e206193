import { v7 as uuidv7 } from 'uuid';
import { ATTACHMENT_FEATURE_IDS } from '../../../core/assessments/attachment-features';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { checkChildAndCarer, openFamily, peopleOfFamily } from '../families';
import { requireWriter } from './policy';
import { namesOf, presentObservation } from './present';
import { findObservation, insertObservation } from './queries';
import type { AttachmentObservation, RecordAttachmentObservation } from './schemas';

/** What was seen of each feature, as codes only: safe for the audit trail. */
export const seenCodes = (features: Record<string, { seen: string }>) =>
  Object.fromEntries(ATTACHMENT_FEATURE_IDS.map((id) => [id, features[id]?.seen ?? null]));

/**
 * Records an observation of the four features of attachment between a born baby of the family and
 * a carer: what was seen of each and a description, dated, with who observed.
 */
export async function recordAttachmentObservation({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: RecordAttachmentObservation;
}): Promise<AttachmentObservation> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireWriter(access);
    const people = await peopleOfFamily(tx, ctx.serviceId, familyId);
    checkChildAndCarer(people, input, {
      value: input.observedOn,
      field: 'body.observedOn',
      what: 'The date observed',
      childId: input.childId,
    });
    const id = uuidv7();
    await insertObservation(tx, {
      serviceId: ctx.serviceId,
      id,
      familyId,
      childId: input.childId,
      carerId: input.carerId,
      observedOn: input.observedOn,
      observedBy: input.observedBy,
      setting: input.setting ?? null,
      features: input.features,
      recordedBy: ctx.userId,
    });
    const row = await findObservation(tx, ctx.serviceId, id);
    if (!row) throw notFound('The attachment observation');
    await audit(tx, actor, {
      action: 'attachment-observation.recorded',
      entityType: 'attachment-observation',
      entityId: id,
      details: { familyId, childId: input.childId, carerId: input.carerId, seen: seenCodes(input.features) },
    });
    return presentObservation(row, namesOf(people));
  });
}
