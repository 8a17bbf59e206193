/** The choices on the referral forms and triage screens, with their plain-English labels. */

export const PROFESSIONAL_SOURCES = {
  'health-visitor': 'Health visitor',
  midwife: 'Midwife',
  gp: 'GP',
  'social-worker': 'Social worker',
  'childrens-centre': "Children's centre",
  'perinatal-mental-health': 'Perinatal mental health team',
  other: 'Other professional',
} as const;
export type ProfessionalSource = keyof typeof PROFESSIONAL_SOURCES;
export const PROFESSIONAL_SOURCE_CODES = Object.keys(PROFESSIONAL_SOURCES) as [
  ProfessionalSource,
  ...ProfessionalSource[],
];

export const SOURCE_LABELS: Record<string, string> = { self: 'Self-referral', ...PROFESSIONAL_SOURCES };

export const WORRIES = {
  bonding: 'Bonding with the baby',
  'low-or-anxious': 'Feeling low or anxious',
  'birth-trauma': 'A difficult birth or trauma',
  crying: "The baby's crying",
  'feeding-or-sleep': 'Feeding or sleep',
  'relationship-stress': 'Stress in the relationship',
  'previous-removal': 'A previous child was taken into care',
  other: 'Something else',
} as const;
export type Worry = keyof typeof WORRIES;
export const WORRY_CODES = Object.keys(WORRIES) as [Worry, ...Worry[]];

export const RELATIONSHIPS = {
  mother: 'Mother',
  father: 'Father',
  'co-parent': 'Co-parent',
  'kinship-carer': 'Kinship carer',
  'foster-carer': 'Foster carer',
  'adoptive-parent': 'Adoptive parent',
  other: 'Other',
} as const;
export type Relationship = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_CODES = Object.keys(RELATIONSHIPS) as [Relationship, ...Relationship[]];

export const CONTACT_METHODS = { phone: 'Phone call', text: 'Text message', email: 'Email', letter: 'Letter' } as const;
export type ContactMethod = keyof typeof CONTACT_METHODS;
export const CONTACT_METHOD_CODES = Object.keys(CONTACT_METHODS) as [ContactMethod, ...ContactMethod[]];

export const PRIORITIES = { urgent: 'Urgent', priority: 'Priority', routine: 'Routine' } as const;
export type Priority = keyof typeof PRIORITIES;
export const PRIORITY_CODES = Object.keys(PRIORITIES) as [Priority, ...Priority[]];
/** Waiting-list order: urgent first. */
export const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, priority: 1, routine: 2 };

export const REFERRAL_STATUSES = {
  new: 'New',
  'info-requested': 'More information requested',
  accepted: 'Accepted',
  declined: 'Declined',
  signposted: 'Signposted',
  merged: 'Merged',
} as const;
export type ReferralStatus = keyof typeof REFERRAL_STATUSES;
export const REFERRAL_STATUS_CODES = Object.keys(REFERRAL_STATUSES) as [ReferralStatus, ...ReferralStatus[]];

/** Referrals still waiting for a triage decision. */
export const OPEN_STATUSES: readonly ReferralStatus[] = ['new', 'info-requested'];

export const DEFAULT_DECLINE_REASONS = [
  { code: 'outside-age', label: 'Baby is over the age limit' },
  { code: 'outside-area', label: 'Family lives outside the area' },
  { code: 'needs-other-service', label: 'Needs are better met by another service' },
  { code: 'no-consent', label: 'The family did not consent' },
  { code: 'already-supported', label: 'Already receiving similar support' },
  { code: 'other', label: 'Other reason (see note)' },
];

export const DEFAULT_SIGNPOSTS = [
  { name: 'Perinatal mental health team', contact: 'Ask your GP or midwife for a referral' },
  { name: 'Health visiting service', contact: 'Contact your local health visiting team' },
  { name: 'Samaritans', contact: 'Call 116 123, free, any time' },
];

export const DEFAULT_URGENT_HELP =
  'If you or anyone else is in immediate danger, call 999 now. For urgent help with your mental health, call NHS 111 and choose the mental health option. You can talk to Samaritans at any time, free, on 116 123.';

export const DEFAULT_INELIGIBLE_HELP =
  'Your health visitor, midwife or GP can help you find support that fits your family. If you are worried about your mental health, you can also refer yourself to NHS Talking Therapies.';
