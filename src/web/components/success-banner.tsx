import { NotificationBanner } from 'nhsuk-react-components';
import type { ReactNode } from 'react';

type Props = { heading: string; children?: ReactNode; focus?: boolean };

/** The NHS.UK success notification banner; it takes focus when it appears unless told not to. */
export function SuccessBanner({ heading, children, focus = true }: Props) {
  return (
    <NotificationBanner success title="Success" disableAutoFocus={!focus}>
      <NotificationBanner.Heading>{heading}</NotificationBanner.Heading>
      {children}
    </NotificationBanner>
  );
}
