import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves focus to the new page's main heading after client-side navigation, so screen reader and
 * keyboard users start at the new content (a full page load starts at the top as usual). A page
 * that is still loading when the address changes takes focus when its heading appears.
 */
let headingWaitingForFocus = false;

const mainHeading = (): HTMLElement | null => document.querySelector<HTMLElement>('main h1');

export function focusNewPage(): void {
  window.scrollTo(0, 0);
  const heading = mainHeading();
  if (heading) {
    heading.focus({ preventScroll: true });
    headingWaitingForFocus = false;
  } else {
    headingWaitingForFocus = true;
  }
}

export function headingMounted(heading: HTMLElement): void {
  if (!headingWaitingForFocus) return;
  headingWaitingForFocus = false;
  heading.focus({ preventScroll: true });
}

/** Calls focusNewPage whenever the address changes after the first render: used by every layout. */
export function useFocusOnNavigation(): void {
  const location = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    focusNewPage();
  }, [location.pathname]);
}
