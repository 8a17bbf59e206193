import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/account-page';
import { AdminPage } from '../features/admin/admin-page';
import { ServicePickerPage } from '../features/auth/service-picker-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { TwoFactorPage } from '../features/auth/two-factor-page';
import { AssessmentsPage } from '../features/assessments/assessments-page';
import { AppointmentsPage } from '../features/appointments/appointments-page';
import { WeekPage } from '../features/appointments/week-page';
import { DisclosuresPage } from '../features/disclosures/disclosures-page';
import { AccessLogPage } from '../features/family/access-log-page';
import { DischargePage } from '../features/family/discharge-page';
import { OverviewPage } from '../features/family/overview-page';
import { RecordLayout } from '../features/family/record-layout';
import { NotesPage } from '../features/notes/notes-page';
import { RisksPage } from '../features/risks/risks-page';
import { AllocatePage } from '../features/families/allocate-page';
import { CaseloadPage } from '../features/families/caseload-page';
import { TeamCaseloadsPage } from '../features/families/team-caseloads-page';
import { WaitingListPage } from '../features/families/waiting-list-page';
import { HomePage } from '../features/home/home-page';
import { InteractionsPage } from '../features/interactions/interactions-page';
import { InvitePage } from '../features/invite/invite-page';
import { MeasureTextsPage } from '../features/measure-links/measure-texts-page';
import { parentMeasureRoutes } from '../features/measure-links/routes';
import { MeasuresPage } from '../features/measures/measures-page';
import { publicReferralRoutes } from '../features/refer/routes';
import { ReferralSettingsPage } from '../features/referral-settings/referral-settings-page';
import { QueuePage } from '../features/referrals/queue-page';
import { ReferralPage } from '../features/referrals/referral-page';
import { SubjectAccessIndexPage } from '../features/subject-access/subject-access-index-page';
import { SubjectAccessPage } from '../features/subject-access/subject-access-page';
import { RequireArea, RequireService, RequireSignIn } from './guards';
import { Layout } from './layout';
import { CrashPage, NotFoundPage } from './status-pages';

export const createRouter = () =>
  createBrowserRouter([
    publicReferralRoutes,
    parentMeasureRoutes,
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
                    {
                      element: <RequireArea area="admin" />,
                      children: [
                        { path: 'admin', element: <AdminPage /> },
                        { path: 'admin/referral-settings', element: <ReferralSettingsPage /> },
                        { path: 'admin/measure-wording', element: <MeasureTextsPage /> },
                      ],
                    },
                    {
                      element: <RequireArea area="triage" />,
                      children: [
                        { path: 'referrals', element: <QueuePage /> },
                        { path: 'referrals/:id', element: <ReferralPage /> },
                        { path: 'waiting-list', element: <WaitingListPage /> },
                        { path: 'waiting-list/:id/allocate', element: <AllocatePage /> },
                      ],
                    },
                    {
                      element: <RequireArea area="caseload" />,
                      children: [
                        { path: 'caseload', element: <CaseloadPage /> },
                        { path: 'caseloads', element: <TeamCaseloadsPage /> },
                      ],
                    },
                    {
                      element: <RequireArea area="records" />,
                      children: [
                        { path: 'appointments', element: <WeekPage /> },
                        {
                          path: 'families/:id',
                          element: <RecordLayout />,
                          children: [
                            { index: true, element: <OverviewPage /> },
                            { path: 'appointments', element: <AppointmentsPage /> },
                            { path: 'notes', element: <NotesPage /> },
                            { path: 'risks', element: <RisksPage /> },
                            { path: 'disclosures', element: <DisclosuresPage /> },
                            { path: 'measures', element: <MeasuresPage /> },
                            { path: 'assessments', element: <AssessmentsPage /> },
                            { path: 'interactions', element: <InteractionsPage /> },
                            { path: 'discharge', element: <DischargePage /> },
                            { path: 'access-log', element: <AccessLogPage /> },
                            { path: 'subject-access', element: <SubjectAccessIndexPage /> },
                            { path: 'people/:personId/subject-access', element: <SubjectAccessPage /> },
                          ],
                        },
                      ],
                    },
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
