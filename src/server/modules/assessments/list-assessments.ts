import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { isBornChild, isCarer, openFamily, peopleOfFamily } from '../families';
import { requireAssessor } from './policy';
import { namesOf, presentObservation, presentReview } from './present';
import { listObservations, listReviews } from './queries';
import type { AssessmentList } from './schemas';

/**
 * A family's Secure Base reviews and attachment observations, newest first, with the carers and
 * born babies a new one can be about. Practitioners and managers only; the read is audited.
 */
export async function listAssessments({
  ctx,
  familyId,
}: {
  ctx: ServiceCtx;
  familyId: string;
}): Promise<AssessmentList> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireAssessor(access);
    const [people, reviews, observations] = [
      await peopleOfFamily(tx, ctx.serviceId, familyId),
      await listReviews(tx, ctx.serviceId, familyId),
      await listObservations(tx, ctx.serviceId, familyId),
    ];
    const names = namesOf(people);
    await audit(tx, actor, {
      action: 'assessments.read',
      entityType: 'family',
      entityId: familyId,
      details: { familyId },
    });
    return {
      reviews: reviews.map((r) => presentReview(r, names)),
      observations: observations.map((o) => presentObservation(o, names)),
      people: {
        carers: people.filter(isCarer).map((p) => ({ id: p.id, name: p.name })),
        children: people.filter(isBornChild).map((p) => ({ id: p.id, name: p.name, dateOfBirth: p.dateOfBirth })),
      },
      careSetting: access.family.careSetting,
      canWrite: access.canWriteNotes,
    };
  });
}
