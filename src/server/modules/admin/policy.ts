import type { Role } from '../../../core/roles';

/** Who may do what in the admin area. */
export const policy = {
  manageMembers: ['admin'],
  manageSettings: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
