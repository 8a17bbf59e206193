import { and, desc, eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { attachmentObservations, secureBaseReviews } from '../../db/schema-outcomes';
import type { Tx } from '../../platform/db';

const reviewColumns = {
  id: secureBaseReviews.id,
  familyId: secureBaseReviews.familyId,
  childId: secureBaseReviews.childId,
  carerId: secureBaseReviews.carerId,
  reviewedOn: secureBaseReviews.reviewedOn,
  careSetting: secureBaseReviews.careSetting,
  dimensions: secureBaseReviews.dimensions,
  summary: secureBaseReviews.summary,
  reviewedById: secureBaseReviews.reviewedBy,
  reviewedByName: users.displayName,
  version: secureBaseReviews.version,
  createdAt: secureBaseReviews.createdAt,
};

const selectReviews = (tx: Tx) =>
  tx.select(reviewColumns).from(secureBaseReviews).leftJoin(users, eq(users.id, secureBaseReviews.reviewedBy));

export type ReviewRow = Awaited<ReturnType<ReturnType<typeof selectReviews>['where']>>[number];

/** A family's reviews, newest first (by review date, then by when they were written). */
export const listReviews = (tx: Tx, serviceId: string, familyId: string) =>
  selectReviews(tx)
    .where(and(eq(secureBaseReviews.serviceId, serviceId), eq(secureBaseReviews.familyId, familyId)))
    .orderBy(desc(secureBaseReviews.reviewedOn), desc(secureBaseReviews.createdAt));

export const findReview = async (tx: Tx, serviceId: string, id: string): Promise<ReviewRow | null> =>
  (await selectReviews(tx).where(and(eq(secureBaseReviews.serviceId, serviceId), eq(secureBaseReviews.id, id))))[0] ??
  null;

export async function insertReview(tx: Tx, row: typeof secureBaseReviews.$inferInsert): Promise<void> {
  await tx.insert(secureBaseReviews).values(row);
}

/** A version-checked change; answers how many rows changed (0: someone else changed it first). */
export async function updateReview(
  tx: Tx,
  serviceId: string,
  id: string,
  version: number,
  values: Partial<
    Pick<
      typeof secureBaseReviews.$inferInsert,
      'childId' | 'carerId' | 'reviewedOn' | 'careSetting' | 'dimensions' | 'summary'
    >
  >,
): Promise<number> {
  const rows = await tx
    .update(secureBaseReviews)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(secureBaseReviews.serviceId, serviceId),
        eq(secureBaseReviews.id, id),
        eq(secureBaseReviews.version, version),
      ),
    )
    .returning({ id: secureBaseReviews.id });
  return rows.length;
}

const observationColumns = {
  id: attachmentObservations.id,
  familyId: attachmentObservations.familyId,
  childId: attachmentObservations.childId,
  carerId: attachmentObservations.carerId,
  observedOn: attachmentObservations.observedOn,
  observedBy: attachmentObservations.observedBy,
  setting: attachmentObservations.setting,
  features: attachmentObservations.features,
  recordedById: attachmentObservations.recordedBy,
  recordedByName: users.displayName,
  version: attachmentObservations.version,
  createdAt: attachmentObservations.createdAt,
};

const selectObservations = (tx: Tx) =>
  tx
    .select(observationColumns)
    .from(attachmentObservations)
    .leftJoin(users, eq(users.id, attachmentObservations.recordedBy));

export type ObservationRow = Awaited<ReturnType<ReturnType<typeof selectObservations>['where']>>[number];

/** A family's attachment observations, newest first. */
export const listObservations = (tx: Tx, serviceId: string, familyId: string) =>
  selectObservations(tx)
    .where(and(eq(attachmentObservations.serviceId, serviceId), eq(attachmentObservations.familyId, familyId)))
    .orderBy(desc(attachmentObservations.observedOn), desc(attachmentObservations.createdAt));

export const findObservation = async (tx: Tx, serviceId: string, id: string): Promise<ObservationRow | null> =>
  (
    await selectObservations(tx).where(
      and(eq(attachmentObservations.serviceId, serviceId), eq(attachmentObservations.id, id)),
    )
  )[0] ?? null;

export async function insertObservation(tx: Tx, row: typeof attachmentObservations.$inferInsert): Promise<void> {
  await tx.insert(attachmentObservations).values(row);
}

/** A version-checked change; answers how many rows changed (0: someone else changed it first). */
export async function updateObservation(
  tx: Tx,
  serviceId: string,
  id: string,
  version: number,
  values: Partial<
    Pick<
      typeof attachmentObservations.$inferInsert,
      'childId' | 'carerId' | 'observedOn' | 'observedBy' | 'setting' | 'features'
    >
  >,
): Promise<number> {
  const rows = await tx
    .update(attachmentObservations)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(attachmentObservations.serviceId, serviceId),
        eq(attachmentObservations.id, id),
        eq(attachmentObservations.version, version),
      ),
    )
    .returning({ id: attachmentObservations.id });
  return rows.length;
}
