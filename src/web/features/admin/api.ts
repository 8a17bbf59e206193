import type { Role } from '../../../core/roles';
import { api } from '../../app/api-client';

export type Member = {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  invitationPending: boolean;
  twoFactorEnrolled: boolean;
  version: number;
};

export type ServiceSettings = {
  id: string;
  name: string;
  slug: string;
  requireTwoFactor: boolean;
  /** Practitioners can open every family in the team, not only those allocated to them. */
  teamCaseloadsVisible: boolean;
  version: number;
};

export type SettingsChange = { version: number; requireTwoFactor: boolean; teamCaseloadsVisible?: boolean };

export type NewMember = { displayName: string; email: string; role: Role };
export type AddMemberAnswer = { member: Member; invitePath: string | null };
export type MemberChange = { version: number; role?: Role; active?: boolean };

export const adminKeys = {
  members: ['admin', 'members'] as const,
  settings: ['admin', 'settings'] as const,
};

export const listMembers = async (): Promise<Member[]> =>
  (await api<{ members: Member[] }>('/api/admin/members')).members;

export const addMember = (input: NewMember) =>
  api<AddMemberAnswer>('/api/admin/members', { method: 'POST', body: input });

export const updateMember = (id: string, change: MemberChange) =>
  api<Member>(`/api/admin/members/${encodeURIComponent(id)}`, { method: 'PATCH', body: change });

export const getSettings = () => api<ServiceSettings>('/api/admin/settings');

export const updateSettings = (input: SettingsChange) =>
  api<ServiceSettings>('/api/admin/settings', { method: 'PATCH', body: input });
