import { and, desc, eq, inArray } from 'drizzle-orm';
import { disclosures, familyPeople, users } from '../../db/schema';
import type { Tx } from '../../platform/db';

const selectDisclosures = (tx: Tx) =>
  tx
    .select({
      id: disclosures.id,
      disclosedOn: disclosures.disclosedOn,
      recipient: disclosures.recipient,
      recipientOrganisation: disclosures.recipientOrganisation,
      information: disclosures.information,
      personIds: disclosures.personIds,
      lawfulBasis: disclosures.lawfulBasis,
      consent: disclosures.consent,
      reason: disclosures.reason,
      recordedById: disclosures.recordedBy,
      recordedByName: users.displayName,
      createdAt: disclosures.createdAt,
    })
    .from(disclosures)
    .leftJoin(users, eq(users.id, disclosures.recordedBy));

export type DisclosureRow = Awaited<ReturnType<typeof listDisclosures>>[number];

/** A family's disclosures, the latest sharing first (and, on one day, the latest recorded first). */
export const listDisclosures = (tx: Tx, serviceId: string, familyId: string) =>
  selectDisclosures(tx)
    .where(and(eq(disclosures.serviceId, serviceId), eq(disclosures.familyId, familyId)))
    .orderBy(desc(disclosures.disclosedOn), desc(disclosures.createdAt), desc(disclosures.id));

export const findDisclosure = async (tx: Tx, serviceId: string, id: string) =>
  (await selectDisclosures(tx).where(and(eq(disclosures.serviceId, serviceId), eq(disclosures.id, id))))[0] ?? null;

/** Which of `ids` are people in this family's record (current or past). */
export async function peopleOfFamily(tx: Tx, serviceId: string, familyId: string, ids: string[]): Promise<Set<string>> {
  const rows = await tx
    .select({ id: familyPeople.id })
    .from(familyPeople)
    .where(
      and(eq(familyPeople.serviceId, serviceId), eq(familyPeople.familyId, familyId), inArray(familyPeople.id, ids)),
    );
  return new Set(rows.map((r) => r.id));
}

export async function insertDisclosure(tx: Tx, row: typeof disclosures.$inferInsert): Promise<void> {
  await tx.insert(disclosures).values(row);
}
