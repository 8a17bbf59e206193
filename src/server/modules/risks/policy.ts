import { RESTRICTED_RISK_TYPES, type RiskType } from '../../../core/family-options';
import { AppError } from '../../platform/errors';
import type { FamilyAccess } from '../families';

/**
 * Anyone who can open a record sees its unrestricted flags: a lone-working flag matters to whoever
 * books a home visit. Restricted types (safeguarding) are seen only with restricted access (the
 * allocated practitioners and managers); for anyone else they do not exist.
 */
export const canSee = (access: FamilyAccess, type: RiskType): boolean =>
  access.restricted || !RESTRICTED_RISK_TYPES.includes(type);

/** Raising, reviewing and closing a flag is a clinical judgement: practitioners and managers (as requireClinical). */
export function requireManage(access: FamilyAccess): void {
  if (!access.clinical)
    throw new AppError('FORBIDDEN', 'Only practitioners and managers can raise, review or close risk flags.');
}
