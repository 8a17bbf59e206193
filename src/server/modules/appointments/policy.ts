import type { Role } from '../../../core/roles';

/** Who may do what with appointments. */
export const policy = {
  /** Reading and writing a family's appointments: anyone who can open the family's record. */
  family: ['practitioner', 'manager', 'coordinator'],
  /** A diary of one person's appointments. */
  week: ['practitioner', 'manager', 'coordinator'],
  /** May look at someone else's diary. */
  anyDiary: ['manager', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;

/** Members appointments can be with: those who hold a caseload. */
export const APPOINTMENT_HOLDERS = ['practitioner', 'manager'] as const satisfies readonly Role[];
