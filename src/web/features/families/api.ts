import type { AppointmentPlace } from '../../../core/family-options';
import type { Priority } from '../../../core/referral-options';
import type { Role } from '../../../core/roles';
import type { WaitBand } from '../../../core/wait-time';
import { api } from '../../app/api-client';
import type { OutstandingMeasure } from '../measure-links/api';

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

/** A family on a caseload, with what the week is planned by. */
export type CaseloadFamily = FamilySummary & {
  nextAppointment: { startsAt: string; place: AppointmentPlace } | null;
  lastContactOn: string | null;
  daysSinceLastContact: number | null;
  outstanding: {
    overdueReviews: number;
    draftNotes: number;
    outcomesToRecord: number;
    /** Measure work: alerts, measures not given or due, parent links waiting or expired. */
    measures: OutstandingMeasure[];
  };
};

export type TeamCaseload = { id: string; name: string; role: Role; size: number; families: CaseloadFamily[] };

export type WaitingList = { targetWeeks: number; families: FamilySummary[] };

/** Someone who can hold a caseload, with how many families they hold now. */
export type Allocatable = { id: string; name: string; role: Role; caseload: number };

export type Allocation = { version: number; practitionerId: string; coWorkerId: string | null };

export const familyKeys = {
  waiting: ['families', 'waiting'] as const,
  caseload: ['families', 'caseload'] as const,
  team: ['families', 'team'] as const,
  allocatable: ['families', 'allocatable'] as const,
};

export const getWaitingList = () => api<WaitingList>('/api/waiting-list');

export const listCaseload = async () => (await api<{ families: CaseloadFamily[] }>('/api/caseload')).families;

export const listTeamCaseloads = async () =>
  (await api<{ practitioners: TeamCaseload[] }>('/api/caseloads')).practitioners;

export const listAllocatable = async () => (await api<{ people: Allocatable[] }>('/api/allocatable')).people;

export const allocateFamily = (id: string, allocation: Allocation) =>
  api<FamilySummary>(`/api/families/${encodeURIComponent(id)}/allocation`, { method: 'POST', body: allocation });
