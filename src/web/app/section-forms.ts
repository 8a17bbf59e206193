import { useEffect, useRef, useState } from 'react';
import type { Notice } from '../components/section-top';
import { isApiError } from './api-client';
import { useProblems, type FormProblems, type Problem } from './forms';

/**
 * How a form in a record section reports back: one error summary and one success banner for the
 * whole page, at its top, as the NHS.UK patterns ask.
 */
export type Feedback = {
  form: FormProblems;
  done: (heading: string, text: string) => void;
  failed: (error: unknown, problems: Problem[]) => void;
};

/**
 * The forms of a record section that opens one form at a time (`mode`): the page's problems and
 * success notice, opening and cancelling a form (focus goes back to the button that opened it),
 * and the feedback the forms report through. After a save, a conflict (409, shown as `conflict`),
 * a closed record (412) or a vanished entry (404), `refresh` reloads what the page shows.
 */
export function useSectionForms<Mode>({ conflict, refresh }: { conflict: string; refresh: () => Promise<unknown> }) {
  const form = useProblems();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [mode, setMode] = useState<Mode | null>(null);
  const returnFocus = useRef<string | null>(null);

  useEffect(() => {
    if (mode !== null || !returnFocus.current) return;
    document.getElementById(returnFocus.current)?.focus();
    returnFocus.current = null;
  }, [mode]);

  const feedback: Feedback = {
    form,
    done: (heading, text) => {
      form.clear();
      setMode(null);
      setNotice({ heading, text, key: Date.now() });
      void refresh();
    },
    failed: (error: unknown, problems: Problem[]) => {
      setNotice(null);
      form.show(isApiError(error, 409) ? problems.map((p) => ({ ...p, message: conflict })) : problems);
      if (isApiError(error, 409) || isApiError(error, 412) || isApiError(error, 404)) void refresh();
    },
  };
  const open = (next: Mode) => {
    form.clear();
    setNotice(null);
    setMode(next);
  };
  const cancel = (focusId: string) => {
    form.clear();
    returnFocus.current = focusId;
    setMode(null);
  };
  return { form, notice, mode, open, cancel, feedback };
}
