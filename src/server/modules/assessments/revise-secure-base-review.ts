import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { notFound, staleVersion } from '../../platform/errors';
import { openReviewForChange } from './open-entry';
import { namesOf, presentReview } from './present';
import { findReview, updateReview } from './queries';
import type { ReviseSecureBaseReview, SecureBaseReview } from './schemas';
import { checkChildAndCarer, peopleOfFamily } from '../families';

/**
 * Corrects or completes a Secure Base review: its date, people, care setting, ratings, evidence,
 * goals or summary. Version-checked, so a colleague's change is never silently overwritten.
 */
export async function reviseSecureBaseReview({
  ctx,
  id,
  input,
}: {
  ctx: ServiceCtx;
  id: string;
  input: ReviseSecureBaseReview;
}): Promise<SecureBaseReview> {
  return withinService(ctx, async (tx, actor) => {
    const { row } = await openReviewForChange(tx, ctx, id);
    const people = await peopleOfFamily(tx, ctx.serviceId, row.familyId);
    // Only a changed person is checked: one who has since left the record stays on old reviews.
    const childId = input.childId !== undefined && input.childId !== row.childId ? input.childId : undefined;
    const carerId = input.carerId !== undefined && input.carerId !== row.carerId ? input.carerId : undefined;
    checkChildAndCarer(
      people,
      { childId, carerId },
      {
        value: input.reviewedOn ?? row.reviewedOn,
        field: input.reviewedOn !== undefined ? 'body.reviewedOn' : 'body.childId',
        what: 'The review date',
        childId: input.childId ?? row.childId,
      },
    );
    const changes = {
      ...(input.childId !== undefined ? { childId: input.childId } : {}),
      ...(input.carerId !== undefined ? { carerId: input.carerId } : {}),
      ...(input.reviewedOn !== undefined ? { reviewedOn: input.reviewedOn } : {}),
      ...(input.careSetting !== undefined ? { careSetting: input.careSetting } : {}),
      ...(input.dimensions !== undefined ? { dimensions: input.dimensions } : {}),
      ...(input.summary !== undefined ? { summary: input.summary === '' ? null : input.summary } : {}),
    };
    if ((await updateReview(tx, ctx.serviceId, id, input.version, changes)) === 0) {
      throw staleVersion('this Secure Base review');
    }
    const after = await findReview(tx, ctx.serviceId, id);
    if (!after) throw notFound('The Secure Base review');
    await audit(tx, actor, {
      action: 'secure-base-review.revised',
      entityType: 'secure-base-review',
      entityId: id,
      // Which parts changed; never the evidence, goals or summary.
      details: { familyId: row.familyId, changed: Object.keys(changes).sort() },
    });
    return presentReview(after, namesOf(people));
  });
}
