import type { Priority, ReferralStatus } from '../../../core/referral-options';
import { api } from '../../app/api-client';

export type Eligibility = 'eligible' | 'ineligible' | 'check';

/** A row of the triage queue. */
export type QueueItem = {
  id: string;
  reference: string;
  route: 'self' | 'professional';
  source: string;
  sourceLabel: string;
  status: ReferralStatus;
  priority: Priority;
  receivedAt: string;
  daysWaiting: number;
  eligibility: Eligibility;
  immediateRisk: boolean;
  possibleDuplicates: number;
  parent: string;
  baby: string;
};

export type Duplicate = { kind: 'referral' | 'family'; id: string; reference: string; why: string };

export type HistoryEvent = {
  at: string;
  kind: string;
  by: string;
  reasonCode: string | null;
  note: string | null;
  details: Record<string, unknown>;
};

/** The referral form as it was sent (only the fields the pages show are typed). */
export type Submission = {
  route: 'self' | 'professional';
  parents: {
    name: string;
    dateOfBirth?: string;
    relationship: string;
    phone?: string;
    email?: string;
    preferredContact?: string;
    safeToLeaveVoicemail?: boolean;
    safeToText?: boolean;
    language?: string;
    interpreterNeeded?: boolean;
    nhsNumber?: string;
  }[];
  baby: { kind: 'born'; name: string; dateOfBirth: string; nhsNumber?: string } | { kind: 'expected'; dueDate: string };
  postcode?: string;
  address?: string;
  worries: string[];
  worriesOther?: string;
  details?: string;
  immediateRisk: boolean;
  referrer?: { name: string; role: string; roleOther?: string; organisation: string; phone: string; email: string };
};

export type Referral = QueueItem & {
  version: number;
  referralDate: string;
  eligibilityReasons: string[];
  duplicates: Duplicate[];
  familyId: string | null;
  mergedInto: string | null;
  submission: Submission;
  history: HistoryEvent[];
};

export type TriageOptions = {
  declineReasons: { code: string; label: string }[];
  signposts: { name: string; contact: string }[];
  targetWaitWeeks: number;
  referralSources: string[];
};

/** The queue's filters, as the page's address holds them. */
export type QueueFilter = { status?: string; source?: string; eligibility?: string; flagged?: string };

export type Decision =
  | { decision: 'accept'; version: number; priority: Priority; note?: string }
  | { decision: 'decline'; version: number; reasonCode: string; note?: string }
  | { decision: 'signpost'; version: number; signpostTo: string; note?: string }
  | { decision: 'request-info'; version: number; note: string };

export type DecisionAnswer = { status: ReferralStatus; familyId: string | null; version: number };

export const referralKeys = {
  all: ['referrals'] as const,
  queue: (filter: QueueFilter) => ['referrals', 'queue', filter] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
  options: ['referral-options'] as const,
};

export async function listQueue(filter: QueueFilter): Promise<QueueItem[]> {
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return (await api<{ referrals: QueueItem[] }>(`/api/referrals${suffix}`)).referrals;
}

export const getReferral = (id: string) => api<Referral>(`/api/referrals/${encodeURIComponent(id)}`);

export const getTriageOptions = () => api<TriageOptions>('/api/referral-options');

export const decideReferral = (id: string, decision: Decision) =>
  api<DecisionAnswer>(`/api/referrals/${encodeURIComponent(id)}/decision`, { method: 'POST', body: decision });

export const mergeReferral = (id: string, input: { version: number; into: { kind: Duplicate['kind']; id: string } }) =>
  api<{ status: 'merged'; mergedInto: string }>(`/api/referrals/${encodeURIComponent(id)}/merge`, {
    method: 'POST',
    body: input,
  });
