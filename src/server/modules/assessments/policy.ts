import { AppError } from '../../platform/errors';
import { requireOpen, type FamilyAccess } from '../families';

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
