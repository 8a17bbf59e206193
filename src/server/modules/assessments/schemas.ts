import { z } from 'zod';
import { ATTACHMENT_FEATURE_IDS, FEATURE_SEEN_CODES } from '../../../core/assessments/attachment-features';
import { SECURE_BASE_DIMENSION_IDS, SECURE_BASE_DIMENSIONS } from '../../../core/assessments/secure-base';
import { CARE_SETTING_CODES } from '../../../core/family-options';
import { blankable, pastDate, text, Version } from '../../platform/fields';

export const ReviewId = z.object({ id: z.uuid('Not a Secure Base review id') });
export const ObservationId = z.object({ id: z.uuid('Not an attachment observation id') });

const Rating = (what: string) =>
  z
    .number(`Rate ${what} from 1 to 5`)
    .int(`Rate ${what} with a whole number from 1 to 5`)
    .min(1, `Rate ${what} from 1 to 5`)
    .max(5, `Rate ${what} from 1 to 5`);

/** One dimension: both ratings are needed; evidence and goals may be empty but never absent in storage. */
const dimensionInput = (name: string) =>
  z.object(
    {
      carer: Rating(`the carer's ${name.toLowerCase()}`),
      child: Rating(`the child's response to ${name.toLowerCase()}`),
      evidence: text(4000).default(''),
      goals: text(2000).default(''),
    },
    `Rate ${name}: every dimension of the review is needed`,
  );

/** All five dimensions, each required: the model advises reviewing them together, never one alone. */
export const DimensionsInput = z.object(
  Object.fromEntries(SECURE_BASE_DIMENSIONS.map((d) => [d.id, dimensionInput(d.name)])) as Record<
    (typeof SECURE_BASE_DIMENSION_IDS)[number],
    ReturnType<typeof dimensionInput>
  >,
  'Rate all five dimensions',
);

const CareSetting = z.enum(CARE_SETTING_CODES, 'Choose birth family, kinship, foster, adoption or other');
const PersonRef = (what: string) => z.uuid(what);

export const RecordSecureBaseReview = z.object({
  childId: PersonRef('Choose the child'),
  carerId: PersonRef('Choose the carer'),
  reviewedOn: pastDate('The review date'),
  careSetting: CareSetting.optional().describe("Defaults to the family record's care setting"),
  dimensions: DimensionsInput,
  summary: blankable(text(4000)),
});
export type RecordSecureBaseReview = z.infer<typeof RecordSecureBaseReview>;

export const ReviseSecureBaseReview = z
  .object({
    version: Version,
    childId: PersonRef('Choose the child').optional(),
    carerId: PersonRef('Choose the carer').optional(),
    reviewedOn: pastDate('The review date').optional(),
    careSetting: CareSetting.optional(),
    dimensions: DimensionsInput.optional(),
    /** Empty or null clears it. */
    summary: z.union([z.literal(''), z.null(), text(4000)]).optional(),
  })
  .refine(
    (v) => Object.keys(v).some((k) => k !== 'version'),
    'Change the date, the people, the care setting, the ratings or the summary',
  );
export type ReviseSecureBaseReview = z.infer<typeof ReviseSecureBaseReview>;

const featureInput = z
  .object(
    {
      seen: z.enum(FEATURE_SEEN_CODES, 'Choose what was seen'),
      description: text(2000).default(''),
    },
    'Say what was seen of each of the four features',
  )
  // A concern is only useful to the next reader with what it looked like.
  .refine((f) => f.seen !== 'concern' || f.description !== '', {
    message: 'Describe what was seen that is a concern',
    path: ['description'],
  });

export const FeaturesInput = z.object(
  Object.fromEntries(ATTACHMENT_FEATURE_IDS.map((id) => [id, featureInput])) as Record<
    (typeof ATTACHMENT_FEATURE_IDS)[number],
    typeof featureInput
  >,
  'Say what was seen of each of the four features',
);

export const RecordAttachmentObservation = z.object({
  childId: PersonRef('Choose the child'),
  carerId: PersonRef('Choose the carer'),
  observedOn: pastDate('The date observed'),
  observedBy: text(200, 'Say who observed'),
  setting: blankable(text(200)),
  features: FeaturesInput,
});
export type RecordAttachmentObservation = z.infer<typeof RecordAttachmentObservation>;

export const ReviseAttachmentObservation = z
  .object({
    version: Version,
    childId: PersonRef('Choose the child').optional(),
    carerId: PersonRef('Choose the carer').optional(),
    observedOn: pastDate('The date observed').optional(),
    observedBy: text(200, 'Say who observed').optional(),
    setting: z.union([z.literal(''), z.null(), text(200)]).optional(),
    features: FeaturesInput.optional(),
  })
  .refine(
    (v) => Object.keys(v).some((k) => k !== 'version'),
    'Change the date, the people, who observed, the setting or what was seen',
  );
export type ReviseAttachmentObservation = z.infer<typeof ReviseAttachmentObservation>;

// Responses: plain, no transforms.

const Named = z.object({ id: z.uuid(), name: z.string() });
const PersonName = z.object({ id: z.uuid(), name: z.string().nullable() });

const DimensionOut = z.object({
  carer: z.number().int(),
  child: z.number().int(),
  evidence: z.string(),
  goals: z.string(),
});

export const SecureBaseReview = z
  .object({
    id: z.uuid(),
    child: PersonName,
    carer: PersonName,
    reviewedOn: z.string(),
    careSetting: z.enum(CARE_SETTING_CODES),
    dimensions: z.object(
      Object.fromEntries(SECURE_BASE_DIMENSION_IDS.map((id) => [id, DimensionOut])) as Record<
        (typeof SECURE_BASE_DIMENSION_IDS)[number],
        typeof DimensionOut
      >,
    ),
    summary: z.string().nullable(),
    reviewedBy: Named.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'SecureBaseReview' });
export type SecureBaseReview = z.infer<typeof SecureBaseReview>;

const FeatureOut = z.object({ seen: z.enum(FEATURE_SEEN_CODES), description: z.string() });

export const AttachmentObservation = z
  .object({
    id: z.uuid(),
    child: PersonName,
    carer: PersonName,
    observedOn: z.string(),
    observedBy: z.string(),
    setting: z.string().nullable(),
    features: z.object(
      Object.fromEntries(ATTACHMENT_FEATURE_IDS.map((id) => [id, FeatureOut])) as Record<
        (typeof ATTACHMENT_FEATURE_IDS)[number],
        typeof FeatureOut
      >,
    ),
    recordedBy: Named.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'AttachmentObservation' });
export type AttachmentObservation = z.infer<typeof AttachmentObservation>;

export const AssessmentList = z.object({
  /** Newest first. */
  reviews: z.array(SecureBaseReview),
  /** Newest first. */
  observations: z.array(AttachmentObservation),
  /** Whom a review or observation can be about: the family's current carers and born babies. */
  people: z.object({
    carers: z.array(PersonName),
    children: z.array(PersonName.extend({ dateOfBirth: z.string() })),
  }),
  /** The family record's care setting: the form's default. */
  careSetting: z.enum(CARE_SETTING_CODES),
  /** The caller may record and revise (a practitioner or manager, on an open record). */
  canWrite: z.boolean(),
});
export type AssessmentList = z.infer<typeof AssessmentList>;
