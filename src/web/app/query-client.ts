import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionKey } from '../features/auth/use-session';
import { isApiError } from './api-client';

/**
 * Server state for the whole app. A 401 means the session ended (the guards then send the person
 * to sign in); a 412 usually means the service's rules changed (a service was not chosen, or it
 * now requires two-factor sign-in), so the session is read again and the guards route from there.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    const signedIn = Boolean(queryClient.getQueryData(sessionKey));
    if (signedIn && (isApiError(error, 401) || isApiError(error, 412))) {
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
