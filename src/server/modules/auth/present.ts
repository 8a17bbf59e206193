import type { Role } from '../../../core/roles';
import type { SessionState } from '../../platform/session';
import type { SessionAnswer } from './schemas';
import type { z } from 'zod';

type Service = { id: string; name: string; slug: string; role: Role };

/** The session as the client sees it: an explicit whitelist, never the stored row. */
export function presentSession(session: SessionState, services: Service[]): z.infer<typeof SessionAnswer> {
  return {
    user: { id: session.userId, email: session.email, displayName: session.displayName },
    csrfToken: session.csrfToken,
    twoFactorPending: session.twoFactorPending,
    twoFactorEnrolled: session.twoFactorEnrolled,
    service: session.service && {
      id: session.service.id,
      name: session.service.name,
      requireTwoFactor: session.service.requireTwoFactor,
      role: session.service.role,
    },
    services: services.map((s) => ({ id: s.id, name: s.name, slug: s.slug, role: s.role })),
  };
}
