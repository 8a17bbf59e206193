import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/account-page';
import { AdminPage } from '../features/admin/admin-page';
import { ServicePickerPage } from '../features/auth/service-picker-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { TwoFactorPage } from '../features/auth/two-factor-page';
import { HomePage } from '../features/home/home-page';
import { InvitePage } from '../features/invite/invite-page';
import { RequireArea, RequireService, RequireSignIn } from './guards';
import { Layout } from './layout';
import { CrashPage, NotFoundPage } from './status-pages';

export const createRouter = () =>
  createBrowserRouter([
    {
      element: <Layout />,
      children: [
        {
          // Inside the layout, so a page that fails keeps the header and its way out.
          errorElement: <CrashPage />,
          children: [
            { path: 'sign-in', element: <SignInPage /> },
            { path: 'sign-in/two-factor', element: <TwoFactorPage /> },
            { path: 'invite/:token', element: <InvitePage /> },
            {
              element: <RequireSignIn />,
              children: [
                { path: 'services', element: <ServicePickerPage /> },
                { path: 'account', element: <AccountPage /> },
                {
                  element: <RequireService />,
                  children: [
                    { index: true, element: <HomePage /> },
                    { element: <RequireArea area="admin" />, children: [{ path: 'admin', element: <AdminPage /> }] },
                  ],
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
