import { useQueryClient } from '@tanstack/react-query';
import { SkipLink } from 'nhsuk-react-components';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { AppFooter } from '../components/app-footer';
import { AppHeader } from '../components/app-header';
import { signOut } from '../features/auth/api';
import { sessionKey, useSession } from '../features/auth/use-session';
import { useFocusOnNavigation } from './focus';
import { navigationFor } from './navigation';

/** Every page: skip link, header, main content and footer. */
export function Layout() {
  const { data: session } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useFocusOnNavigation();

  const signedIn = session && !session.twoFactorPending ? session : null;
  const handleSignOut = async () => {
    try {
      await signOut();
    } finally {
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
      await navigate('/sign-in', { state: { notice: 'You have signed out.' } });
    }
  };

  return (
    <>
      <SkipLink />
      <AppHeader
        serviceName={signedIn?.service?.name ?? 'Haven'}
        homeHref={signedIn ? '/' : '/sign-in'}
        userName={signedIn?.user.displayName}
        navigation={signedIn ? navigationFor(signedIn, location.pathname) : []}
        onSignOut={signedIn ? () => void handleSignOut() : undefined}
      />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" role="main">
          <Outlet />
        </main>
      </div>
      <AppFooter />
    </>
  );
}
