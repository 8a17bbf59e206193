import type { Priority } from '../../../core/referral-options';
import type { Role } from '../../../core/roles';
import type { WaitBand } from '../../../core/wait-time';
import { api } from '../../app/api-client';

/** A family's case as the waiting list and caseloads show it. */
export type FamilySummary = {
  id: string;
  name: string;
  reference: string;
  source: string;
  status: 'waiting' | 'allocated' | 'discharged';
  priority: Priority;
  referralDate: string;
  daysWaiting: number;
  waitBand: WaitBand;
  practitioner: { id: string; name: string } | null;
  coWorker: { id: string; name: string } | null;
  allocatedAt: string | null;
  version: number;
};

export type WaitingList = { targetWeeks: number; families: FamilySummary[] };

/** Someone who can hold a caseload, with how many families they hold now. */
export type Allocatable = { id: string; name: string; role: Role; caseload: number };

export type Allocation = { version: number; practitionerId: string; coWorkerId: string | null };

export const familyKeys = {
  waiting: ['families', 'waiting'] as const,
  caseload: ['families', 'caseload'] as const,
  allocatable: ['families', 'allocatable'] as const,
};

export const getWaitingList = () => api<WaitingList>('/api/waiting-list');

export const listCaseload = async () => (await api<{ families: FamilySummary[] }>('/api/caseload')).families;

export const listAllocatable = async () => (await api<{ people: Allocatable[] }>('/api/allocatable')).people;

export const allocateFamily = (id: string, allocation: Allocation) =>
  api<FamilySummary>(`/api/families/${encodeURIComponent(id)}/allocation`, { method: 'POST', body: allocation });
