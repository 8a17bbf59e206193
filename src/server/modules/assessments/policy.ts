import { AppError } from '../../platform/errors';
import type { FieldError } from '../../platform/errors';
import { requireOpen, type FamilyAccess } from '../families';
import type { PersonRow } from './queries';

/**
 * Secure Base reviews and attachment observations are clinical judgements: practitioners and
 * managers read and write them (as `requireClinical`); coordinators are refused.
 */
export function requireAssessor(access: FamilyAccess): void {
  if (!access.clinical)
    throw new AppError('FORBIDDEN', 'Only practitioners and managers can see or record attachment assessments.');
}

/** Recording or revising: an assessor, on an open (not discharged) record. */
export function requireWriter(access: FamilyAccess): void {
  requireAssessor(access);
  requireOpen(access);
}

/** A baby of this family who has been born (not a pregnancy), still in the record. */
export const isBornChild = (p: PersonRow): p is PersonRow & { dateOfBirth: string } =>
  p.kind === 'baby' && p.dateOfBirth !== null && p.active;

/** A current carer in this family's record. */
export const isCarer = (p: PersonRow): boolean => p.kind === 'carer' && p.active;

/**
 * Checks the child and carer named (either may be left out when unchanged): the child a born baby
 * of this family, the carer a carer of this family; the date not before the child was born.
 * Every problem is reported at once, against its field.
 */
export function checkPeople(
  people: PersonRow[],
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
