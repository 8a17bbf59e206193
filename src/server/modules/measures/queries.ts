import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { familyPeople, families, users } from '../../db/schema';
import { externalScores, familyGoals, measureResults } from '../../db/schema-outcomes';
import type { Tx } from '../../platform/db';

const acknowledger = alias(users, 'acknowledger');

const resultColumns = {
  result: measureResults,
  recordedByName: users.displayName,
  acknowledgedByName: acknowledger.displayName,
};

const selectResults = (tx: Tx) =>
  tx
    .select(resultColumns)
    .from(measureResults)
    .leftJoin(users, eq(users.id, measureResults.recordedBy))
    .leftJoin(acknowledger, eq(acknowledger.id, measureResults.alertAcknowledgedBy));

export type ResultRow = Awaited<ReturnType<ReturnType<typeof selectResults>['where']>>[number];

/** A family's results, newest first (withdrawn ones included). */
export const listResults = (tx: Tx, serviceId: string, familyId: string) =>
  selectResults(tx)
    .where(and(eq(measureResults.serviceId, serviceId), eq(measureResults.familyId, familyId)))
    .orderBy(desc(measureResults.completedOn), desc(measureResults.createdAt));

export const findResult = async (tx: Tx, serviceId: string, id: string): Promise<ResultRow | null> =>
  (await selectResults(tx).where(and(eq(measureResults.serviceId, serviceId), eq(measureResults.id, id))))[0] ?? null;

/** A version-checked change to a result; answers how many rows changed (0: stale). */
export async function updateResult(
  tx: Tx,
  serviceId: string,
  id: string,
  version: number,
  values: Partial<
    Pick<
      typeof measureResults.$inferInsert,
      'withdrawnAt' | 'withdrawnReason' | 'alertAcknowledgedAt' | 'alertAcknowledgedBy' | 'alertAction'
    >
  >,
): Promise<number> {
  const rows = await tx
    .update(measureResults)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(measureResults.serviceId, serviceId), eq(measureResults.id, id), eq(measureResults.version, version)))
    .returning({ id: measureResults.id });
  return rows.length;
}

/** The family's people, carers first, for choosing whom a measure or score is about. */
export const listPeople = (tx: Tx, serviceId: string, familyId: string) =>
  tx
    .select({ id: familyPeople.id, name: familyPeople.name, kind: familyPeople.kind, active: familyPeople.active })
    .from(familyPeople)
    .where(and(eq(familyPeople.serviceId, serviceId), eq(familyPeople.familyId, familyId)))
    .orderBy(asc(familyPeople.kind), asc(familyPeople.createdAt));

export type GoalRow = typeof familyGoals.$inferSelect;

/** A family's goals, open ones first by slot, then closed ones most recently closed first. */
export const listGoals = (tx: Tx, serviceId: string, familyId: string) =>
  tx
    .select()
    .from(familyGoals)
    .where(and(eq(familyGoals.serviceId, serviceId), eq(familyGoals.familyId, familyId)))
    .orderBy(sql`${familyGoals.closedOn} is not null`, desc(familyGoals.closedOn), asc(familyGoals.slot));

export const listOpenGoals = (tx: Tx, serviceId: string, familyId: string) =>
  tx
    .select()
    .from(familyGoals)
    .where(and(eq(familyGoals.serviceId, serviceId), eq(familyGoals.familyId, familyId), isNull(familyGoals.closedOn)))
    .orderBy(asc(familyGoals.slot));

export const findGoal = async (tx: Tx, serviceId: string, id: string): Promise<GoalRow | null> =>
  (
    await tx
      .select()
      .from(familyGoals)
      .where(and(eq(familyGoals.serviceId, serviceId), eq(familyGoals.id, id)))
  )[0] ?? null;

export async function insertGoal(tx: Tx, row: typeof familyGoals.$inferInsert): Promise<void> {
  await tx.insert(familyGoals).values(row);
}

/** A version-checked change to an open goal; answers how many rows changed (0: stale or closed). */
export async function updateOpenGoal(
  tx: Tx,
  serviceId: string,
  id: string,
  version: number,
  values: Partial<Pick<typeof familyGoals.$inferInsert, 'text' | 'closedOn'>>,
): Promise<number> {
  const rows = await tx
    .update(familyGoals)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(familyGoals.serviceId, serviceId),
        eq(familyGoals.id, id),
        eq(familyGoals.version, version),
        isNull(familyGoals.closedOn),
      ),
    )
    .returning({ id: familyGoals.id });
  return rows.length;
}

/**
 * Locks the family's row until the transaction ends, so two goals added at once cannot both take
 * the last free slot.
 */
export async function lockFamily(tx: Tx, serviceId: string, familyId: string): Promise<void> {
  await tx
    .select({ id: families.id })
    .from(families)
    .where(and(eq(families.serviceId, serviceId), eq(families.id, familyId)))
    .for('update');
}

const selectScores = (tx: Tx) =>
  tx
    .select({ score: externalScores, recordedByName: users.displayName })
    .from(externalScores)
    .leftJoin(users, eq(users.id, externalScores.recordedBy));

export type ScoreRow = Awaited<ReturnType<ReturnType<typeof selectScores>['where']>>[number];

/** Scores from other tools, newest first. */
export const listScores = (tx: Tx, serviceId: string, familyId: string) =>
  selectScores(tx)
    .where(and(eq(externalScores.serviceId, serviceId), eq(externalScores.familyId, familyId)))
    .orderBy(desc(externalScores.scoredOn), desc(externalScores.createdAt));

export const findScore = async (tx: Tx, serviceId: string, id: string): Promise<ScoreRow | null> =>
  (await selectScores(tx).where(and(eq(externalScores.serviceId, serviceId), eq(externalScores.id, id))))[0] ?? null;

export async function insertScore(tx: Tx, row: typeof externalScores.$inferInsert): Promise<void> {
  await tx.insert(externalScores).values(row);
}
