import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchSession, type Session } from './api';

export const sessionKey = ['session'] as const;

/** Who is signed in, in which service; `data` is null when nobody is. */
export const useSession = () => useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });

/** Reads the session again (after signing in, out, or switching service) before moving on. */
export async function reloadSession(queryClient: QueryClient): Promise<Session | null> {
  const session = await fetchSession();
  queryClient.setQueryData(sessionKey, session);
  return session;
}

export function useReloadSession(): () => Promise<Session | null> {
  const queryClient = useQueryClient();
  return useCallback(() => reloadSession(queryClient), [queryClient]);
}

/** Where a signed-in person goes next: their second factor, a service, or the page they wanted. */
export function nextStep(session: Session | null, wanted = '/'): string {
  if (!session) return '/sign-in';
  if (session.twoFactorPending) return '/sign-in/two-factor';
  if (!session.service) return '/services';
  if (session.service.requireTwoFactor && !session.twoFactorEnrolled) return '/account';
  return wanted;
}
