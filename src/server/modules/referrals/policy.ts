import type { Role } from '../../../core/roles';

/** Who may do what with referrals. */
export const policy = {
  triage: ['coordinator', 'manager', 'admin'],
  settings: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
