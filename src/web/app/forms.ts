import { useCallback, useState } from 'react';
import { isApiError } from './api-client';

/** One thing to put right, shown in the error summary and, with a field, beside that field. */
export type Problem = { field?: string; message: string };

/**
 * Turns a failed request into problems. Field errors from the API (`body.email`) attach to the
 * form's field of the same name; anything else is one problem with the API's message, attached
 * to `fallbackField` when given so the summary can link somewhere useful.
 */
export function problemsFrom(error: unknown, fieldNames: readonly string[], fallbackField?: string): Problem[] {
  if (!isApiError(error)) return [{ message: 'Something went wrong. Try again.', field: fallbackField }];
  const byField = error.fields
    .map((f) => ({ field: f.path.replace(/^body\./, ''), message: f.message }))
    .filter((f) => fieldNames.includes(f.field));
  if (byField.length > 0 && error.code === 'VALIDATION') return byField;
  return [{ message: error.message, field: byField[0]?.field ?? fallbackField }];
}

/** The problems of one form, and a counter that changes on every failed attempt. */
export function useProblems() {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const show = useCallback((next: Problem[]) => {
    setProblems(next);
    setAttempt((n) => n + 1);
  }, []);
  const clear = useCallback(() => setProblems([]), []);
  const errorFor = useCallback(
    (field: string): string | undefined => problems.find((p) => p.field === field)?.message,
    [problems],
  );
  return { problems, attempt, show, clear, errorFor, hasProblems: problems.length > 0 };
}

export type FormProblems = ReturnType<typeof useProblems>;

export const isBlank = (value: string): boolean => value.trim() === '';
