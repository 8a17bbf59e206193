import { SkipLink } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { AppFooter } from '../../components/app-footer';
import { AppHeader } from '../../components/app-header';

/**
 * The frame of a parent's questionnaire page: the NHS.UK header with the service's name only, no
 * navigation, no sign-in, and nothing about the family.
 */
export function ParentLayout({
  serviceName,
  homeHref,
  children,
}: {
  serviceName: string;
  homeHref: string;
  children: ReactNode;
}) {
  return (
    <>
      <SkipLink />
      <AppHeader serviceName={serviceName} homeHref={homeHref} navigation={[]} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" role="main">
          {children}
        </main>
      </div>
      <AppFooter />
    </>
  );
}
