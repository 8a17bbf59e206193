import type { Role } from '../../../core/roles';
import { AppError } from '../../platform/errors';
import type { FamilyAccess } from '../families';

/** Who may do what with parent links, alerts and licensed wording. */
export const policy = {
  /** Alerts are clinical: the practitioners who hold the families, and managers. */
  alerts: ['practitioner', 'manager'],
  /** Loading licensed wording is the service admin's: they hold the service's licences. */
  wording: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

/** Sending a questionnaire to a parent is clinical work: practitioners and managers, on an open record. */
export function requireLinkWriter(access: FamilyAccess): void {
  if (!access.clinical)
    throw new AppError('FORBIDDEN', 'Only practitioners and managers can send or withdraw questionnaire links.');
  if (!access.canWriteNotes)
    throw new AppError('PRECONDITION_FAILED', 'This family has been discharged: the record is read-only.');
}

/** Reading the links is clinical too: they say which questionnaires a parent was sent. */
export function requireLinkReader(access: FamilyAccess): void {
  if (!access.clinical) throw new AppError('FORBIDDEN', 'Only practitioners and managers can see questionnaire links.');
}
