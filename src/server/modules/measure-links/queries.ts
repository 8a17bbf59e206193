import { and, count, desc, eq, gt, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { MeasureId } from '../../../core/measures/types';
import { families, familyPeople, services, users } from '../../db/schema';
import { measureLinks, measureResults, measureTexts } from '../../db/schema-outcomes';
import { queryRows, type Tx } from '../../platform/db';

// ---- Links -----------------------------------------------------------------------------------

/** An active carer of the family: the only people a link can be for. */
export const findActiveCarer = async (tx: Tx, serviceId: string, familyId: string, personId: string) =>
  (
    await tx
      .select({ id: familyPeople.id, name: familyPeople.name })
      .from(familyPeople)
      .where(
        and(
          eq(familyPeople.serviceId, serviceId),
          eq(familyPeople.familyId, familyId),
          eq(familyPeople.id, personId),
          eq(familyPeople.kind, 'carer'),
          eq(familyPeople.active, true),
        ),
      )
  )[0] ?? null;

export async function insertLink(tx: Tx, row: typeof measureLinks.$inferInsert): Promise<void> {
  await tx.insert(measureLinks).values(row);
}

const linkColumns = {
  id: measureLinks.id,
  familyId: measureLinks.familyId,
  measureId: measureLinks.measureId,
  timepoint: measureLinks.timepoint,
  personId: measureLinks.personId,
  personName: familyPeople.name,
  createdAt: measureLinks.createdAt,
  createdById: measureLinks.createdBy,
  createdByName: users.displayName,
  expiresAt: measureLinks.expiresAt,
  usedAt: measureLinks.usedAt,
  revokedAt: measureLinks.revokedAt,
  version: measureLinks.version,
};

const selectLinks = (tx: Tx, where: SQL | undefined) =>
  tx
    .select(linkColumns)
    .from(measureLinks)
    .innerJoin(
      familyPeople,
      and(eq(familyPeople.serviceId, measureLinks.serviceId), eq(familyPeople.id, measureLinks.personId)),
    )
    .leftJoin(users, eq(users.id, measureLinks.createdBy))
    .where(where);

export type LinkRow = Awaited<ReturnType<typeof selectLinks>>[number];

export const listFamilyLinks = (tx: Tx, serviceId: string, familyId: string) =>
  selectLinks(tx, and(eq(measureLinks.serviceId, serviceId), eq(measureLinks.familyId, familyId))).orderBy(
    desc(measureLinks.createdAt),
  );

export const findLink = async (tx: Tx, serviceId: string, id: string) =>
  (await selectLinks(tx, and(eq(measureLinks.serviceId, serviceId), eq(measureLinks.id, id))))[0] ?? null;

/** Revokes a link still open at `version`; answers whether it did. */
export async function revokeOpenLink(tx: Tx, serviceId: string, id: string, version: number): Promise<boolean> {
  const rows = await tx
    .update(measureLinks)
    .set({ revokedAt: new Date(), version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(measureLinks.serviceId, serviceId),
        eq(measureLinks.id, id),
        eq(measureLinks.version, version),
        isNull(measureLinks.usedAt),
        isNull(measureLinks.revokedAt),
      ),
    )
    .returning({ id: measureLinks.id });
  return rows.length > 0;
}

// ---- A parent's link, found by its token --------------------------------------------------------

/**
 * The service holding the link with this token hash, through the one SECURITY DEFINER function
 * that may look across services; null for a token nobody issued.
 */
export async function serviceOfToken(tx: Tx, tokenHash: string): Promise<string | null> {
  const [row] = await queryRows<{ service_id: string | null }>(
    tx,
    sql`select haven_measure_link_service(${tokenHash}) as service_id`,
  );
  return row?.service_id ?? null;
}

/** The link with this token hash, with its family's status: run scoped to its service. */
export const findLinkByHash = async (tx: Tx, serviceId: string, tokenHash: string) =>
  (
    await tx
      .select({ link: measureLinks, familyStatus: families.status, serviceName: services.name })
      .from(measureLinks)
      .innerJoin(families, and(eq(families.serviceId, measureLinks.serviceId), eq(families.id, measureLinks.familyId)))
      .innerJoin(services, eq(services.id, measureLinks.serviceId))
      .where(and(eq(measureLinks.serviceId, serviceId), eq(measureLinks.tokenHash, tokenHash)))
  )[0] ?? null;

/**
 * Marks a link used if, at this moment, it is unused, unrevoked and unexpired. One conditional
 * statement: of two submissions racing, the second waits for the first's row lock, finds the link
 * used and claims nothing. Answers whether this call claimed it.
 */
export async function claimLink(tx: Tx, serviceId: string, id: string): Promise<boolean> {
  const now = new Date();
  const rows = await tx
    .update(measureLinks)
    .set({ usedAt: now, version: sql`${measureLinks.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(measureLinks.serviceId, serviceId),
        eq(measureLinks.id, id),
        isNull(measureLinks.usedAt),
        isNull(measureLinks.revokedAt),
        gt(measureLinks.expiresAt, now),
      ),
    )
    .returning({ id: measureLinks.id });
  return rows.length > 0;
}

export async function setLinkResult(tx: Tx, serviceId: string, id: string, resultId: string): Promise<void> {
  await tx
    .update(measureLinks)
    .set({ resultId })
    .where(and(eq(measureLinks.serviceId, serviceId), eq(measureLinks.id, id)));
}

// ---- Alerts ----------------------------------------------------------------------------------

const unacknowledged = and(
  isNull(measureResults.alertAcknowledgedAt),
  isNull(measureResults.withdrawnAt),
  sql`jsonb_array_length(${measureResults.criticalItems}) > 0`,
);

/**
 * Unacknowledged alerts on families still being worked with: those allocated to `membershipId`
 * (as lead or co-worker), or every family of the service when it is null.
 */
export const listAlerts = (tx: Tx, serviceId: string, membershipId: string | null) =>
  tx
    .select({
      id: measureResults.id,
      familyId: families.id,
      familyName: families.name,
      measureId: measureResults.measureId,
      criticalItems: measureResults.criticalItems,
      completedOn: measureResults.completedOn,
      mode: measureResults.mode,
      version: measureResults.version,
    })
    .from(measureResults)
    .innerJoin(
      families,
      and(eq(families.serviceId, measureResults.serviceId), eq(families.id, measureResults.familyId)),
    )
    .where(
      and(
        eq(measureResults.serviceId, serviceId),
        unacknowledged,
        ne(families.status, 'discharged'),
        membershipId === null
          ? undefined
          : or(eq(families.practitionerId, membershipId), eq(families.coWorkerId, membershipId)),
      ),
    )
    .orderBy(desc(measureResults.completedOn), desc(measureResults.createdAt));

/** Per family, how many results have an alert nobody has acknowledged. */
export async function alertCounts(tx: Tx, serviceId: string, familyIds: string[]): Promise<Map<string, number>> {
  if (familyIds.length === 0) return new Map();
  const rows = await tx
    .select({ familyId: measureResults.familyId, n: count() })
    .from(measureResults)
    .where(and(eq(measureResults.serviceId, serviceId), inArray(measureResults.familyId, familyIds), unacknowledged))
    .groupBy(measureResults.familyId);
  return new Map(rows.map((r) => [r.familyId, r.n]));
}

// ---- What the outstanding rules read ---------------------------------------------------------

export const firstContacts = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select({ id: families.id, firstContactOn: families.firstContactOn, plannedEndOn: families.plannedEndOn })
    .from(families)
    .where(and(eq(families.serviceId, serviceId), inArray(families.id, familyIds)));

export const resultFacts = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select({
      familyId: measureResults.familyId,
      measureId: measureResults.measureId,
      timepoint: measureResults.timepoint,
      completedOn: measureResults.completedOn,
    })
    .from(measureResults)
    .where(
      and(
        eq(measureResults.serviceId, serviceId),
        inArray(measureResults.familyId, familyIds),
        isNull(measureResults.withdrawnAt),
      ),
    );

export const linkFacts = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select({
      familyId: measureLinks.familyId,
      measureId: measureLinks.measureId,
      timepoint: measureLinks.timepoint,
      expiresAt: measureLinks.expiresAt,
      usedAt: measureLinks.usedAt,
      revokedAt: measureLinks.revokedAt,
    })
    .from(measureLinks)
    .where(and(eq(measureLinks.serviceId, serviceId), inArray(measureLinks.familyId, familyIds)));

// ---- Licensed wording ------------------------------------------------------------------------

const textColumns = {
  measureId: measureTexts.measureId,
  instructions: measureTexts.instructions,
  items: measureTexts.items,
  answers: measureTexts.answers,
  licenceHeld: measureTexts.licenceHeld,
  updatedAt: measureTexts.updatedAt,
  loadedByName: users.displayName,
  version: measureTexts.version,
};

export const listTexts = (tx: Tx, serviceId: string) =>
  tx
    .select(textColumns)
    .from(measureTexts)
    .leftJoin(users, eq(users.id, measureTexts.loadedBy))
    .where(eq(measureTexts.serviceId, serviceId));
export type TextRow = Awaited<ReturnType<typeof listTexts>>[number];

type TextValues = Pick<
  typeof measureTexts.$inferInsert,
  'instructions' | 'items' | 'answers' | 'licenceHeld' | 'loadedBy'
>;

/** Loads a measure's wording for the first time; answers false when someone already has. */
export async function insertText(tx: Tx, serviceId: string, measureId: MeasureId, values: TextValues) {
  const rows = await tx
    .insert(measureTexts)
    .values({ serviceId, measureId, ...values })
    .onConflictDoNothing()
    .returning({ measureId: measureTexts.measureId });
  return rows.length > 0;
}

/** Replaces loaded wording still at `version`; answers whether it did. */
export async function updateText(tx: Tx, serviceId: string, measureId: MeasureId, version: number, values: TextValues) {
  const rows = await tx
    .update(measureTexts)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(measureTexts.serviceId, serviceId),
        eq(measureTexts.measureId, measureId),
        eq(measureTexts.version, version),
      ),
    )
    .returning({ measureId: measureTexts.measureId });
  return rows.length > 0;
}
