import { Navigate, Outlet, useLocation } from 'react-router';
import { canOpen, type Area } from '../../core/roles';
import { useSession } from '../features/auth/use-session';
import { ForbiddenPage } from './status-pages';
import { LoadingPage } from './status-pages';

/** Pages for people who are fully signed in (password and, when set up, the second factor). */
export function RequireSignIn() {
  const { data: session, isPending, isError } = useSession();
  const location = useLocation();
  if (isPending) return <LoadingPage />;
  if (isError || !session) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (session.twoFactorPending) return <Navigate to="/sign-in/two-factor" replace />;
  return <Outlet />;
}

/**
 * Pages that work within a service: one must be chosen, and a service that requires two-factor
 * sign-in sends members without it to their account page to set it up.
 */
export function RequireService() {
  const { data: session } = useSession();
  if (!session?.service) return <Navigate to="/services" replace />;
  if (session.service.requireTwoFactor && !session.twoFactorEnrolled) return <Navigate to="/account" replace />;
  return <Outlet />;
}

/** Pages of one area of the app, open to the roles core/roles allows. */
export function RequireArea({ area }: { area: Area }) {
  const { data: session } = useSession();
  if (!session?.service || !canOpen(session.service.role, area)) return <ForbiddenPage />;
  return <Outlet />;
}
