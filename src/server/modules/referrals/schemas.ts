import { z } from 'zod';
import { addMonths, todayInLondon } from '../../../core/dates';
import { Email, IsoDate, NhsNumber, optionalText, pastDate, Postcode, text } from '../../platform/fields';
import {
  CONTACT_METHOD_CODES,
  DEFAULT_DECLINE_REASONS,
  DEFAULT_INELIGIBLE_HELP,
  DEFAULT_SIGNPOSTS,
  DEFAULT_URGENT_HELP,
  PRIORITY_CODES,
  PROFESSIONAL_SOURCE_CODES,
  REFERRAL_STATUS_CODES,
  RELATIONSHIP_CODES,
  WORRY_CODES,
} from '../../../core/referral-options';

export const ParentCarer = z.object({
  name: text(200, 'Enter their full name'),
  dateOfBirth: pastDate('Date of birth').optional(),
  relationship: z.enum(RELATIONSHIP_CODES, 'Choose how they are related to the baby'),
  phone: optionalText(40),
  email: Email.optional().or(z.literal('').transform(() => undefined)),
  preferredContact: z.enum(CONTACT_METHOD_CODES, 'Choose how we should contact them').optional(),
  safeToLeaveVoicemail: z.boolean().optional(),
  safeToText: z.boolean().optional(),
  language: optionalText(100),
  interpreterNeeded: z.boolean().default(false),
  nhsNumber: NhsNumber.optional().or(z.literal('').transform(() => undefined)),
});
export type ParentCarer = z.infer<typeof ParentCarer>;

export const Baby = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('born'),
    name: text(200, "Enter the baby's name"),
    dateOfBirth: pastDate("The baby's date of birth"),
    nhsNumber: NhsNumber.optional().or(z.literal('').transform(() => undefined)),
  }),
  z.object({
    kind: z.literal('expected'),
    dueDate: IsoDate.refine((d) => {
      const today = todayInLondon();
      return d >= addMonths(today, -1) && d <= addMonths(today, 10);
    }, 'The due date must be within the next 10 months'),
  }),
]);
export type Baby = z.infer<typeof Baby>;

export const Referrer = z.object({
  name: text(200, 'Enter your name'),
  role: z.enum(PROFESSIONAL_SOURCE_CODES, 'Choose your role'),
  roleOther: optionalText(100),
  organisation: text(200, 'Enter your organisation'),
  phone: text(40, 'Enter a phone number we can reach you on'),
  email: Email,
});
export type Referrer = z.infer<typeof Referrer>;

const common = {
  submissionId: z.uuid('Missing submission id'),
  parents: z.array(ParentCarer).min(1, 'Tell us about at least one parent or carer').max(4),
  baby: Baby,
  postcode: Postcode.optional().or(z.literal('').transform(() => undefined)),
  address: optionalText(500),
  worries: z
    .array(z.enum(WORRY_CODES))
    .min(1, 'Choose at least one thing you are worried about')
    .max(WORRY_CODES.length),
  worriesOther: optionalText(500),
  details: optionalText(5000),
  immediateRisk: z.boolean('Tell us whether anyone is at immediate risk'),
  /** Hidden from people; a form filled in by a bot tends to fill it. */
  website: z.string().max(200).optional(),
};

export const SelfReferral = z.object({
  ...common,
  route: z.literal('self'),
  consent: z.literal(true, 'You need to agree before we can take your referral'),
});

export const ProfessionalReferral = z.object({
  ...common,
  route: z.literal('professional'),
  referrer: Referrer,
  familyConsented: z.literal(true, 'The family must agree to this referral before you send it'),
});

export const SubmitReferral = z
  .discriminatedUnion('route', [SelfReferral, ProfessionalReferral])
  .superRefine((v, ctx) => {
    if (v.worries.includes('other') && !v.worriesOther) {
      ctx.addIssue({ code: 'custom', path: ['worriesOther'], message: 'Tell us what else you are worried about' });
    }
  });
export type SubmitReferral = z.infer<typeof SubmitReferral>;

export const ServiceSlug = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/, 'Not a service address') });

export const SubmitAnswer = z
  .object({
    reference: z.string(),
    eligibility: z.enum(['eligible', 'ineligible', 'check']),
    immediateRisk: z.boolean(),
  })
  .meta({ id: 'ReferralReceipt' });

const Coded = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/, 'Use lower-case letters, digits and hyphens'),
  label: text(200, 'Enter a label'),
});
const Signpost = z.object({ name: text(200, 'Enter the service name'), contact: text(300) });

/** A service's referral settings; every field has a default, so a new service works at once. */
export const ReferralSettings = z.object({
  ageLimitMonths: z.number().int().min(1).max(60).default(24),
  acceptPregnancy: z.boolean().default(true),
  postcodeAreas: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{1,2}(\d[A-Z\d]?( \d)?)?$/, 'Use an area (OX), district (OX4) or sector (OX4 1)'),
    )
    .max(500)
    .default([]),
  referralSources: z
    .array(z.enum(PROFESSIONAL_SOURCE_CODES))
    .min(1)
    .default([...PROFESSIONAL_SOURCE_CODES]),
  targetWaitWeeks: z.number().int().min(1).max(104).default(18),
  urgentHelpText: text(4000).default(DEFAULT_URGENT_HELP),
  ineligibleHelpText: text(4000).default(DEFAULT_INELIGIBLE_HELP),
  declineReasons: z.array(Coded).min(1).max(50).default(DEFAULT_DECLINE_REASONS),
  signposts: z.array(Signpost).max(50).default(DEFAULT_SIGNPOSTS),
});
export type ReferralSettings = z.infer<typeof ReferralSettings>;

export const ReferralSettingsAnswer = ReferralSettings.extend({ version: z.number().int() }).meta({
  id: 'ReferralSettings',
});
export const UpdateReferralSettings = ReferralSettings.extend({ version: z.number().int().min(1) });
export type UpdateReferralSettings = z.infer<typeof UpdateReferralSettings>;

export const PublicService = z
  .object({
    name: z.string(),
    slug: z.string(),
    referralSources: z.array(z.enum(PROFESSIONAL_SOURCE_CODES)),
    urgentHelpText: z.string(),
    ineligibleHelpText: z.string(),
    ageLimitMonths: z.number().int(),
    acceptPregnancy: z.boolean(),
  })
  .meta({ id: 'PublicService' });

export const QueueFilter = z.object({
  status: z.enum(REFERRAL_STATUS_CODES).optional(),
  source: z.string().max(40).optional(),
  eligibility: z.enum(['eligible', 'ineligible', 'check']).optional(),
  flagged: z.enum(['true', 'false']).optional(),
});
export type QueueFilter = z.infer<typeof QueueFilter>;

export const Decision = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('accept'),
    version: z.number().int(),
    priority: z.enum(PRIORITY_CODES).default('routine'),
    note: optionalText(2000),
  }),
  z.object({
    decision: z.literal('decline'),
    version: z.number().int(),
    reasonCode: z.string().min(1, 'Choose a reason'),
    note: optionalText(2000),
  }),
  z.object({
    decision: z.literal('signpost'),
    version: z.number().int(),
    signpostTo: text(200, 'Say where the family was signposted'),
    note: optionalText(2000),
  }),
  z.object({
    decision: z.literal('request-info'),
    version: z.number().int(),
    note: text(2000, 'Say what information is needed'),
  }),
]);
export type Decision = z.infer<typeof Decision>;

export const Merge = z.object({
  version: z.number().int(),
  into: z.object({ kind: z.enum(['referral', 'family']), id: z.uuid() }),
  note: optionalText(2000),
});
export type Merge = z.infer<typeof Merge>;

export const ReferralId = z.object({ id: z.uuid('Not a referral id') });
