import type { QueryClient } from '@tanstack/react-query';
import { notesKeys, type CaseNote } from './api';

/**
 * Puts a change the server has confirmed into every cached list of the family's notes at once, so
 * the list never shows, even for a moment, a draft that has just been signed or discarded.
 */
export function updateCachedNote(
  queryClient: QueryClient,
  familyId: string,
  id: string,
  change: Partial<CaseNote> | null,
): void {
  queryClient.setQueriesData<CaseNote[]>({ queryKey: notesKeys.all(familyId) }, (notes) =>
    change === null ? notes?.filter((n) => n.id !== id) : notes?.map((n) => (n.id === id ? { ...n, ...change } : n)),
  );
}
