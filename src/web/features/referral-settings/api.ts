import type { ProfessionalSource } from '../../../core/referral-options';
import { api } from '../../app/api-client';

/** A service's referral settings, replaced whole (with the version read) when saved. */
export type ReferralSettings = {
  ageLimitMonths: number;
  acceptPregnancy: boolean;
  postcodeAreas: string[];
  referralSources: ProfessionalSource[];
  targetWaitWeeks: number;
  urgentHelpText: string;
  ineligibleHelpText: string;
  declineReasons: { code: string; label: string }[];
  signposts: { name: string; contact: string }[];
  version: number;
};

export const referralSettingsKey = ['admin', 'referral-settings'] as const;

export const getReferralSettings = () => api<ReferralSettings>('/api/admin/referral-settings');

export const saveReferralSettings = (settings: ReferralSettings) =>
  api<ReferralSettings>('/api/admin/referral-settings', { method: 'PUT', body: settings });
