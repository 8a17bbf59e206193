import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  attachmentObservations,
  externalScores,
  familyGoals,
  interactionObservations,
  measureResults,
  secureBaseReviews,
} from '../../db/schema-outcomes';
import { users } from '../../db/schema';
import type { Tx } from '../../platform/db';

// Outcome measures and assessments over whole episodes, for subject access. Scoped to the service
// here and again by row-level security.

export const listMeasureResults = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select({ result: measureResults, recordedByName: users.displayName })
    .from(measureResults)
    .leftJoin(users, eq(users.id, measureResults.recordedBy))
    .where(and(eq(measureResults.serviceId, serviceId), inArray(measureResults.familyId, familyIds)))
    .orderBy(asc(measureResults.completedOn), asc(measureResults.createdAt), asc(measureResults.id));

export const listGoals = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select()
    .from(familyGoals)
    .where(and(eq(familyGoals.serviceId, serviceId), inArray(familyGoals.familyId, familyIds)))
    .orderBy(asc(familyGoals.setOn), asc(familyGoals.slot));

export const listExternalScores = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select()
    .from(externalScores)
    .where(and(eq(externalScores.serviceId, serviceId), inArray(externalScores.familyId, familyIds)))
    .orderBy(asc(externalScores.scoredOn));

export const listSecureBaseReviews = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select()
    .from(secureBaseReviews)
    .where(and(eq(secureBaseReviews.serviceId, serviceId), inArray(secureBaseReviews.familyId, familyIds)))
    .orderBy(asc(secureBaseReviews.reviewedOn));

export const listAttachmentObservations = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select()
    .from(attachmentObservations)
    .where(and(eq(attachmentObservations.serviceId, serviceId), inArray(attachmentObservations.familyId, familyIds)))
    .orderBy(asc(attachmentObservations.observedOn));

export const listInteractionObservations = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select()
    .from(interactionObservations)
    .where(and(eq(interactionObservations.serviceId, serviceId), inArray(interactionObservations.familyId, familyIds)))
    .orderBy(asc(interactionObservations.observedOn));
