import type { Role } from '../../../core/roles';
import { api, isApiError, setCsrfToken } from '../../app/api-client';

export type ServiceChoice = { id: string; name: string; slug: string; role: Role };

export type Session = {
  user: { id: string; email: string; displayName: string };
  csrfToken: string;
  twoFactorPending: boolean;
  twoFactorEnrolled: boolean;
  service: { id: string; name: string; role: Role; requireTwoFactor: boolean } | null;
  services: ServiceChoice[];
};

export type Ok = { ok: true };

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('/api/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (!isApiError(error, 401)) throw error;
    setCsrfToken(null);
    return null;
  }
}

export async function signIn(input: { email: string; password: string }): Promise<{ twoFactorRequired: boolean }> {
  const answer = await api<{ twoFactorRequired: boolean }>('/api/auth/sign-in', { method: 'POST', body: input });
  setCsrfToken(undefined); // a new session, with a new token
  return answer;
}

export const verifyTwoFactor = (code: string) => api<Ok>('/api/auth/two-factor', { method: 'POST', body: { code } });

export async function signOut(): Promise<void> {
  await api<Ok>('/api/auth/sign-out', { method: 'POST', body: {} });
  setCsrfToken(null);
}

export const chooseService = (serviceId: string) =>
  api<Ok>('/api/auth/service', { method: 'POST', body: { serviceId } });
