export const ROLES = ['admin', 'manager', 'practitioner', 'coordinator', 'viewer', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Service admin',
  manager: 'Team manager',
  practitioner: 'Practitioner',
  coordinator: 'Coordinator',
  viewer: 'Commissioner or trustee (reports only)',
  trainer: 'Trainer',
};

/** The areas of the app each role may open; the web navigation and route policies share this. */
export const AREAS = {
  home: ROLES,
  admin: ['admin'],
  /** The triage queue, the waiting list and allocation. */
  triage: ['coordinator', 'manager', 'admin'],
  /** A practitioner's own allocated families. */
  caseload: ['practitioner', 'manager'],
  /** Family records and appointments; what each role sees inside a record is the server's to decide. */
  records: ['practitioner', 'manager', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;
export type Area = keyof typeof AREAS;

export const canOpen = (role: Role, area: Area): boolean => (AREAS[area] as readonly Role[]).includes(role);
