import { useEffect } from 'react';

export const APP_NAME = 'Haven';

/** Sets the tab title, "Error: " first while the page shows errors (as NHS.UK services do). */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${APP_NAME}`;
  }, [title, hasErrors]);
}
