import { api } from '../../app/api-client';
import type { Ok } from '../auth/api';

export type Invitation = { email: string; displayName: string };

export const PASSWORD_MIN = 12;

export const inviteKey = (token: string) => ['invite', token] as const;

export const readInvite = (token: string) => api<Invitation>(`/api/invites/${encodeURIComponent(token)}`);

export const acceptInvite = (token: string, password: string) =>
  api<Ok>(`/api/invites/${encodeURIComponent(token)}`, { method: 'POST', body: { password } });
