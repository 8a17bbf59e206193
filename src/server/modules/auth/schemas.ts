import { z } from 'zod';
import { ROLES } from '../../../core/roles';

export const SignIn = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(254).pipe(z.email('Enter a valid email address')),
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type SignIn = z.infer<typeof SignIn>;

export const TwoFactorCode = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, 'Enter the 6-digit code from your authenticator app'),
});
export type TwoFactorCode = z.infer<typeof TwoFactorCode>;

export const ChooseService = z.object({ serviceId: z.uuid('Choose a service') });
export type ChooseService = z.infer<typeof ChooseService>;

export const PASSWORD_MIN = 12;
export const NewPassword = z
  .string()
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(256, 'Password must be 256 characters or fewer');

export const AcceptInvite = z.object({ password: NewPassword });
export type AcceptInvite = z.infer<typeof AcceptInvite>;

export const InviteToken = z.object({ token: z.string().min(20).max(100) });

export const SignInAnswer = z.object({ twoFactorRequired: z.boolean() }).meta({ id: 'SignInAnswer' });

export const SessionAnswer = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string(), displayName: z.string() }),
    csrfToken: z.string(),
    twoFactorPending: z.boolean(),
    twoFactorEnrolled: z.boolean(),
    service: z
      .object({ id: z.uuid(), name: z.string(), role: z.enum(ROLES), requireTwoFactor: z.boolean() })
      .nullable(),
    services: z.array(z.object({ id: z.uuid(), name: z.string(), slug: z.string(), role: z.enum(ROLES) })),
  })
  .meta({ id: 'Session' });

export const Enrolment = z
  .object({ secret: z.string(), uri: z.string(), qrCode: z.string() })
  .meta({ id: 'TwoFactorEnrolment' });

export const InviteAnswer = z.object({ email: z.string(), displayName: z.string() });

export const Ok = z.object({ ok: z.literal(true) });
