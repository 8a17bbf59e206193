import { and, eq } from 'drizzle-orm';
import { familyPeople } from '../../db/schema';
import type { Tx } from '../../platform/db';
import { AppError, type FieldError } from '../../platform/errors';

// A carer and a child of one family, as the assessments and coded interactions are of: who can be
// chosen, and the check that those chosen belong to the family.

/** Everyone in a family's record, current or past: names for old entries, and the choices for new ones. */
export const peopleOfFamily = (tx: Tx, serviceId: string, familyId: string) =>
  tx
    .select({
      id: familyPeople.id,
      kind: familyPeople.kind,
      name: familyPeople.name,
      dateOfBirth: familyPeople.dateOfBirth,
      active: familyPeople.active,
    })
    .from(familyPeople)
    .where(and(eq(familyPeople.serviceId, serviceId), eq(familyPeople.familyId, familyId)))
    .orderBy(familyPeople.createdAt);

export type FamilyPersonRow = Awaited<ReturnType<typeof peopleOfFamily>>[number];

/** A baby of this family who has been born (not a pregnancy), still in the record. */
export const isBornChild = (p: FamilyPersonRow): p is FamilyPersonRow & { dateOfBirth: string } =>
  p.kind === 'baby' && p.dateOfBirth !== null && p.active;

/** A current carer in this family's record. */
export const isCarer = (p: FamilyPersonRow): boolean => p.kind === 'carer' && p.active;

/**
 * Checks the child and carer named (either may be left out when unchanged): the child a born baby
 * of this family, the carer a carer of this family; the date not before the child was born.
 * Every problem is reported at once, against its field.
 */
export function checkChildAndCarer(
  people: FamilyPersonRow[],
  chosen: { childId?: string | undefined; carerId?: string | undefined },
  date: { value: string; field: string; what: string; childId: string } | null,
): void {
  const fields: FieldError[] = [];
  const byId = new Map(people.map((p) => [p.id, p]));
  if (chosen.childId !== undefined) {
    const child = byId.get(chosen.childId);
    if (!child || !isBornChild(child))
      fields.push({ path: 'body.childId', message: 'Choose a baby in this family who has been born' });
  }
  if (chosen.carerId !== undefined) {
    const carer = byId.get(chosen.carerId);
    if (!carer || !isCarer(carer)) fields.push({ path: 'body.carerId', message: 'Choose a carer in this family' });
  }
  const dob = date ? byId.get(date.childId)?.dateOfBirth : null;
  if (date && dob && date.value < dob) {
    fields.push({ path: date.field, message: `${date.what} must be on or after the child's date of birth` });
  }
  if (fields.length > 0) {
    throw new AppError('VALIDATION', fields.map((f) => f.message).join('. ') + '.', { fields });
  }
}
