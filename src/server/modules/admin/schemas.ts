import { z } from 'zod';
import { ROLES } from '../../../core/roles';
import { NewPassword } from '../auth';

export const AddMember = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email('Enter a valid email address')),
  displayName: z.string().trim().min(1, 'Enter their full name').max(200, 'Name must be 200 characters or fewer'),
  role: z.enum(ROLES, 'Choose a role'),
});
export type AddMember = z.infer<typeof AddMember>;

/** The command line may set a first password directly; the web app sends an invitation instead. */
export type AddMemberWithPassword = AddMember & { password?: z.infer<typeof NewPassword> };

export const UpdateMember = z
  .object({
    version: z.number().int().min(1),
    role: z.enum(ROLES, 'Choose a role').optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => v.role !== undefined || v.active !== undefined, 'Say what to change: role or active');
export type UpdateMember = z.infer<typeof UpdateMember>;

export const MemberId = z.object({ id: z.uuid('Not a member id') });

export const Member = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    active: z.boolean(),
    invitationPending: z.boolean(),
    twoFactorEnrolled: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof Member>;

export const MemberList = z.object({ members: z.array(Member) });
export const AddMemberAnswer = z.object({ member: Member, invitePath: z.string().nullable() });

export const ServiceSettings = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    requireTwoFactor: z.boolean(),
    /** Practitioners see every family in the team, not only those allocated to them. */
    teamCaseloadsVisible: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'ServiceSettings' });

export const UpdateServiceSettings = z.object({
  version: z.number().int().min(1),
  requireTwoFactor: z.boolean(),
  /** Left as it is when not given. */
  teamCaseloadsVisible: z.boolean().optional(),
});
export type UpdateServiceSettings = z.infer<typeof UpdateServiceSettings>;
