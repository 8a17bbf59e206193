import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { checkChildAndCarer, openFamily, peopleOfFamily } from '../families';
import { requireWriter } from './policy';
import { namesOf, presentReview } from './present';
import { findReview, insertReview } from './queries';
import type { RecordSecureBaseReview, SecureBaseReview } from './schemas';

/**
 * Records a Secure Base review of a carer and a born baby of the family: all five dimensions rated
 * for the carer's approach and the child's response, with evidence and goals. The care setting
 * defaults to the family record's.
 */
export async function recordSecureBaseReview({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: RecordSecureBaseReview;
}): Promise<SecureBaseReview> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireWriter(access);
    const people = await peopleOfFamily(tx, ctx.serviceId, familyId);
    checkChildAndCarer(people, input, {
      value: input.reviewedOn,
      field: 'body.reviewedOn',
      what: 'The review date',
      childId: input.childId,
    });
    const id = uuidv7();
    const careSetting = input.careSetting ?? access.family.careSetting;
    await insertReview(tx, {
      serviceId: ctx.serviceId,
      id,
      familyId,
      childId: input.childId,
      carerId: input.carerId,
      reviewedOn: input.reviewedOn,
      careSetting,
      dimensions: input.dimensions,
      summary: input.summary ?? null,
      reviewedBy: ctx.userId,
    });
    const row = await findReview(tx, ctx.serviceId, id);
    if (!row) throw notFound('The Secure Base review');
    await audit(tx, actor, {
      action: 'secure-base-review.recorded',
      entityType: 'secure-base-review',
      entityId: id,
      // Who and when, never the evidence or goals.
      details: { familyId, childId: input.childId, carerId: input.carerId, careSetting },
    });
    return presentReview(row, namesOf(people));
  });
}
