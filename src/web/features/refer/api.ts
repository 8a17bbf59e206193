import { useQuery } from '@tanstack/react-query';
import type { ContactMethod, ProfessionalSource, Relationship, Worry } from '../../../core/referral-options';
import { api } from '../../app/api-client';

/** What the public referral pages show for a service. */
export type PublicService = {
  name: string;
  slug: string;
  referralSources: ProfessionalSource[];
  urgentHelpText: string;
  ineligibleHelpText: string;
  ageLimitMonths: number;
  acceptPregnancy: boolean;
};

export type ParentBody = {
  name: string;
  dateOfBirth?: string;
  relationship: Relationship;
  phone?: string;
  email?: string;
  preferredContact?: ContactMethod;
  safeToLeaveVoicemail?: boolean;
  safeToText?: boolean;
  language?: string;
  interpreterNeeded: boolean;
  nhsNumber?: string;
};

export type BabyBody =
  { kind: 'born'; name: string; dateOfBirth: string; nhsNumber?: string } | { kind: 'expected'; dueDate: string };

type CommonBody = {
  submissionId: string;
  parents: ParentBody[];
  baby: BabyBody;
  postcode?: string;
  address?: string;
  worries: Worry[];
  worriesOther?: string;
  details?: string;
  immediateRisk: boolean;
  website: string;
};

export type ReferralBody =
  | (CommonBody & { route: 'self'; consent: true })
  | (CommonBody & {
      route: 'professional';
      referrer: {
        name: string;
        role: ProfessionalSource;
        roleOther?: string;
        organisation: string;
        phone: string;
        email: string;
      };
      familyConsented: true;
    });

export type Receipt = { reference: string; eligibility: 'eligible' | 'ineligible' | 'check'; immediateRisk: boolean };

const servicePath = (slug: string) => `/api/public/services/${encodeURIComponent(slug)}`;

export const publicServiceKey = (slug: string) => ['public-service', slug] as const;

export const usePublicService = (slug: string) =>
  useQuery({
    queryKey: publicServiceKey(slug),
    queryFn: () => api<PublicService>(servicePath(slug)),
    staleTime: 5 * 60_000,
  });

export const sendReferral = (slug: string, body: ReferralBody) =>
  api<Receipt>(`${servicePath(slug)}/referrals`, { method: 'POST', body });
