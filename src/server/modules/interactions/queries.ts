import { and, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { familyPeople, users } from '../../db/schema';
import { interactionObservations } from '../../db/schema-outcomes';
import type { Tx } from '../../platform/db';

const child = alias(familyPeople, 'child');
const carer = alias(familyPeople, 'carer');
const t = interactionObservations;

const columns = {
  id: t.id,
  familyId: t.familyId,
  childId: t.childId,
  childName: child.name,
  carerId: t.carerId,
  carerName: carer.name,
  observedOn: t.observedOn,
  source: t.source,
  context: t.context,
  durationMs: t.durationMs,
  events: t.events,
  notes: t.notes,
  codedById: t.codedBy,
  codedByName: users.displayName,
  version: t.version,
  createdAt: t.createdAt,
};

const selectObservations = (tx: Tx, where: SQL | undefined) =>
  tx
    .select(columns)
    .from(t)
    .innerJoin(child, and(eq(child.serviceId, t.serviceId), eq(child.id, t.childId)))
    .innerJoin(carer, and(eq(carer.serviceId, t.serviceId), eq(carer.id, t.carerId)))
    .leftJoin(users, eq(users.id, t.codedBy))
    .where(where);

export type InteractionRow = Awaited<ReturnType<typeof selectObservations>>[number];

/** A family's observations, newest observed first (then newest coded first). */
export const listObservations = (tx: Tx, serviceId: string, familyId: string) =>
  selectObservations(tx, and(eq(t.serviceId, serviceId), eq(t.familyId, familyId))).orderBy(
    desc(t.observedOn),
    desc(t.createdAt),
    desc(t.id),
  );

export const findObservation = async (tx: Tx, serviceId: string, id: string): Promise<InteractionRow | null> =>
  (await selectObservations(tx, and(eq(t.serviceId, serviceId), eq(t.id, id))))[0] ?? null;

export async function insertObservation(tx: Tx, row: typeof t.$inferInsert): Promise<void> {
  await tx.insert(t).values(row);
}

/** A version-checked change to the context or notes; answers how many rows changed (0: stale). */
export async function updateObservation(
  tx: Tx,
  serviceId: string,
  id: string,
  version: number,
  values: Partial<Pick<typeof t.$inferInsert, 'context' | 'notes'>>,
): Promise<number> {
  const rows = await tx
    .update(t)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(t.serviceId, serviceId), eq(t.id, id), eq(t.version, version)))
    .returning({ id: t.id });
  return rows.length;
}
