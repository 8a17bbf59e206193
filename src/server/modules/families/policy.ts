import type { Role } from '../../../core/roles';

/** Who may do what with families' cases. */
export const policy = {
  waitingList: ['coordinator', 'manager', 'admin'],
  allocate: ['coordinator', 'manager', 'admin'],
  caseload: ['practitioner', 'manager'],
  accessLog: ['manager'],
  teamCaseloads: ['manager'],
} as const satisfies Record<string, readonly Role[]>;

/** Roles that can hold a caseload, so can be allocated a family. */
export const ALLOCATABLE_ROLES = ['practitioner', 'manager'] as const satisfies readonly Role[];
