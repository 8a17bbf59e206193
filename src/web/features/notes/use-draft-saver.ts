import { useEffect, useState, useSyncExternalStore } from 'react';
import { DraftSaver, type SaverOptions } from './draft-saver';

/**
 * A DraftSaver for the editor's lifetime, wired to the page: it saves when the page is hidden or
 * closed, tries again when the person comes back to the tab or the connection returns, and saves
 * what is left when the editor closes (navigating elsewhere in Haven).
 */
export function useDraftSaver(options: () => SaverOptions) {
  const [saver] = useState(() => new DraftSaver(options()));
  const state = useSyncExternalStore(saver.subscribe, saver.getState);

  useEffect(() => {
    saver.resume();
    const onVisibility = () => void saver.flush();
    const onLeave = () => void saver.flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('online', onLeave);
    // Text put back from this device is saved straight away (unless the person must choose first).
    if (saver.isDirty()) void saver.flush();
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('online', onLeave);
      void saver.flush();
      saver.stop();
    };
  }, [saver]);

  return { saver, state };
}
