/** Codes and labels for the family record, shared by the server's validation and the web's forms. */

const codes = <T extends Record<string, string>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

export const CARE_SETTINGS = {
  'birth-family': 'Birth family',
  kinship: 'Kinship care',
  foster: 'Foster care',
  adoption: 'Adoption',
  other: 'Other',
} as const;
export const CARE_SETTING_CODES = codes(CARE_SETTINGS);
export type CareSetting = (typeof CARE_SETTING_CODES)[number];

/** NHS ethnic categories (the 2001 census groups used in NHS data sets), by their one-letter code. */
export const ETHNIC_CATEGORIES = {
  A: 'White: British',
  B: 'White: Irish',
  C: 'White: Any other White background',
  D: 'Mixed: White and Black Caribbean',
  E: 'Mixed: White and Black African',
  F: 'Mixed: White and Asian',
  G: 'Mixed: Any other mixed background',
  H: 'Asian or Asian British: Indian',
  J: 'Asian or Asian British: Pakistani',
  K: 'Asian or Asian British: Bangladeshi',
  L: 'Asian or Asian British: Any other Asian background',
  M: 'Black or Black British: Caribbean',
  N: 'Black or Black British: African',
  P: 'Black or Black British: Any other Black background',
  R: 'Other ethnic groups: Chinese',
  S: 'Other ethnic groups: Any other ethnic group',
  Z: 'Not stated',
} as const;
export const ETHNIC_CATEGORY_CODES = codes(ETHNIC_CATEGORIES);

export const GENDERS = {
  female: 'Female',
  male: 'Male',
  other: 'Another gender',
  unknown: 'Not known or not stated',
} as const;
export const GENDER_CODES = codes(GENDERS);

export const PROFESSIONAL_ROLES = {
  'health-visitor': 'Health visitor',
  midwife: 'Midwife',
  gp: 'GP',
  'social-worker': 'Social worker',
  'perinatal-mental-health': 'Perinatal mental health team',
  'childrens-centre': "Children's centre",
  'family-support': 'Family support worker',
  other: 'Other',
} as const;
export const PROFESSIONAL_ROLE_CODES = codes(PROFESSIONAL_ROLES);

export const APPOINTMENT_PLACES = {
  home: 'Home visit',
  clinic: 'Clinic',
  video: 'Video call',
  phone: 'Phone call',
  group: 'Group session',
} as const;
export const APPOINTMENT_PLACE_CODES = codes(APPOINTMENT_PLACES);
export type AppointmentPlace = (typeof APPOINTMENT_PLACE_CODES)[number];

export const APPOINTMENT_STATUSES = {
  booked: 'Booked',
  attended: 'Attended',
  'did-not-attend': 'Did not attend',
  'cancelled-by-family': 'Cancelled by the family',
  'cancelled-by-service': 'Cancelled by the service',
} as const;
export const APPOINTMENT_STATUS_CODES = codes(APPOINTMENT_STATUSES);
export type AppointmentStatus = (typeof APPOINTMENT_STATUS_CODES)[number];
export const APPOINTMENT_OUTCOME_CODES = APPOINTMENT_STATUS_CODES.filter((c) => c !== 'booked') as [
  Exclude<AppointmentStatus, 'booked'>,
  ...Exclude<AppointmentStatus, 'booked'>[],
];

export const RISK_TYPES = {
  safeguarding: 'Safeguarding',
  'domestic-abuse': 'Domestic abuse',
  'parental-mental-health': 'Parental mental health',
  'self-harm-or-suicide': 'Self-harm or suicide risk',
  'substance-use': 'Substance use',
  'lone-working': 'Lone working',
  other: 'Other',
} as const;
export const RISK_TYPE_CODES = codes(RISK_TYPES);
export type RiskType = (typeof RISK_TYPE_CODES)[number];

/** Risk types whose entries only the allocated practitioners and managers may see. */
export const RESTRICTED_RISK_TYPES: readonly RiskType[] = ['safeguarding'];

export const RISK_LEVELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;
export const RISK_LEVEL_CODES = codes(RISK_LEVELS);

export const LAWFUL_BASES = {
  consent: 'Consent',
  'public-task': 'Public task',
  'legal-obligation': 'Legal obligation',
  'vital-interests': 'Vital interests',
  'safeguarding-children': 'Safeguarding of children and individuals at risk (DPA 2018)',
  'health-or-social-care': 'Health or social care (UK GDPR Art. 9(2)(h))',
  other: 'Other',
} as const;
export const LAWFUL_BASIS_CODES = codes(LAWFUL_BASES);

export const CONSENT_SOUGHT = {
  given: 'Consent sought and given',
  'refused-overridden': 'Consent sought, refused, and overridden',
  'not-sought': 'Not sought: it could put someone at risk or was not appropriate',
} as const;
export const CONSENT_SOUGHT_CODES = codes(CONSENT_SOUGHT);

export const DISCHARGE_REASONS = {
  planned: 'Planned ending',
  'family-ended': 'The family chose to end',
  'not-engaged': 'Not engaged',
  'moved-away': 'Moved away',
  transferred: 'Transferred to another service',
  other: 'Other',
} as const;
export const DISCHARGE_REASON_CODES = codes(DISCHARGE_REASONS);
