import { AppError } from '../../platform/errors';
import { requireOpen, type FamilyAccess } from '../families';

/**
 * Coded interactions are clinical observations: practitioners and managers read them; coordinators
 * do not (viewers, admins and trainers never open a record at all).
 */
export function requireRead(access: FamilyAccess): void {
  // As requireClinical, in this section's own words.
  if (!access.clinical) throw new AppError('FORBIDDEN', 'Only practitioners and managers can see coded interactions.');
}

/** Saving or changing an observation: a clinical role, on an open (not discharged) record. */
export function requireWrite(access: FamilyAccess): void {
  requireRead(access);
  requireOpen(access);
}
