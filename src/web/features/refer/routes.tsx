import type { RouteObject } from 'react-router';
import { CrashPage, NotFoundPage } from '../../app/status-pages';
import { DonePage } from './done-page';
import { ProfessionalPage } from './professional-page';
import { PublicLayout } from './public-layout';
import { ReferralFlow } from './referral-flow';
import { AboutYouStep } from './self/about-you-step';
import { BabyStep } from './self/baby-step';
import { CheckStep } from './self/check-step';
import { ContactStep } from './self/contact-step';
import { SafetyStep } from './self/safety-step';
import { STEP } from './self/steps';
import { UrgentHelpStep } from './self/urgent-help-step';
import { WorriesStep } from './self/worries-step';
import { StartPage } from './start-page';

/** A service's public referral pages, /s/<slug>/refer: no sign-in, no staff navigation. */
export const publicReferralRoutes: RouteObject = {
  path: 's/:slug/refer',
  element: <PublicLayout />,
  children: [
    {
      errorElement: <CrashPage />,
      children: [
        { index: true, element: <StartPage /> },
        {
          path: 'self',
          element: <ReferralFlow route="self" />,
          children: [
            { index: true, element: <AboutYouStep /> },
            { path: STEP.baby, element: <BabyStep /> },
            { path: STEP.worries, element: <WorriesStep /> },
            { path: STEP.contact, element: <ContactStep /> },
            { path: STEP.safety, element: <SafetyStep /> },
            { path: STEP.urgentHelp, element: <UrgentHelpStep /> },
            { path: STEP.check, element: <CheckStep /> },
          ],
        },
        {
          path: 'professional',
          element: <ReferralFlow route="professional" />,
          children: [{ index: true, element: <ProfessionalPage /> }],
        },
        { path: 'done', element: <DonePage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
};
