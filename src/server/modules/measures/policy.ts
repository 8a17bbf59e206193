import type { Role } from '../../../core/roles';
import { AppError } from '../../platform/errors';
import { requireOpen, type FamilyAccess } from '../families';

/** Who may see the catalogue: everyone who gives measures or arranges for them to be given. */
export const CATALOGUE_ROLES = ['practitioner', 'manager', 'coordinator', 'admin'] as const satisfies readonly Role[];

/** Measures are part of the clinical record: practitioners and managers only. */
export function requireMeasures(access: FamilyAccess): void {
  if (!access.clinical)
    throw new AppError('FORBIDDEN', "Only the family's practitioners and managers can see or record outcome measures.");
}

/** Recording or changing a measure: as reading, and only on a record that is still open. */
export function requireRecord(access: FamilyAccess): void {
  requireMeasures(access);
  requireOpen(access);
}

/**
 * A critical answer is the allocated practitioner's to act on, or a manager's: a colleague who can
 * see the record through a shared caseload may not close the alert for them.
 */
export function requireAlertOwner(access: FamilyAccess, role: Role): void {
  requireMeasures(access);
  if (!access.allocated && role !== 'manager') {
    throw new AppError(
      'FORBIDDEN',
      "Only the family's allocated practitioners or a manager can acknowledge an alert about a critical answer.",
    );
  }
}
