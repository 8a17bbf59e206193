import { z } from 'zod';
import { LINK_DAYS_DEFAULT, MEASURE_IDS, QUESTIONNAIRE_IDS, TIMEPOINT_CODES } from '../../../core/measures/catalogue';
import type { MeasureId } from '../../../core/measures/types';
import { Version } from '../../platform/fields';
import { OutstandingMeasure } from '../families';
import { MeasureView } from '../measures';

/** The longest a parent link may stay open: four weeks. */
export const LINK_DAYS_MAX = 28;

export const LinkId = z.object({ id: z.uuid('Not a link id') });

/** A token as it arrives; one of the wrong shape is simply not a link (404), like any unknown one. */
export const LinkToken = z.object({ token: z.string().max(200) });

export const CreateLink = z.object({
  measureId: z.enum(
    QUESTIONNAIRE_IDS as [MeasureId, ...MeasureId[]],
    'Choose a questionnaire for the parent to complete',
  ),
  personId: z.uuid('Choose the parent or carer who will complete it'),
  timepoint: z.enum(TIMEPOINT_CODES, 'Choose the time point'),
  days: z
    .number('Enter how many days the link stays open')
    .int('Enter a whole number of days')
    .min(1, 'The link must stay open for at least 1 day')
    .max(LINK_DAYS_MAX, `The link can stay open for at most ${LINK_DAYS_MAX} days`)
    .default(LINK_DAYS_DEFAULT),
});
export type CreateLink = z.infer<typeof CreateLink>;

export const LINK_STATUSES = ['waiting', 'completed', 'expired', 'revoked'] as const;

export const MeasureLink = z
  .object({
    id: z.uuid(),
    measure: z.object({ id: z.enum(MEASURE_IDS), shortName: z.string() }),
    person: z.object({ id: z.uuid(), name: z.string() }),
    timepoint: z.enum(TIMEPOINT_CODES),
    status: z.enum(LINK_STATUSES),
    createdAt: z.string(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    expiresAt: z.string(),
    usedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'MeasureLink' });
export type MeasureLink = z.infer<typeof MeasureLink>;

export const CreatedLink = z.object({
  link: MeasureLink,
  /** The address to send the parent, with the token: shown once, never stored. */
  url: z.string(),
});

export const LinkList = z.object({ links: z.array(MeasureLink) });

export const RevokeLink = z.object({ version: Version });

/** What a parent's link shows: the service's name and the questionnaire; nothing about the family. */
export const PublicLink = z
  .object({ serviceName: z.string(), measure: MeasureView, expiresAt: z.string() })
  .meta({ id: 'PublicMeasureLink' });
export type PublicLink = z.infer<typeof PublicLink>;

export const SubmitAnswers = z.object({
  /** The position of the printed answer chosen for each item (0 = first), in item order. */
  responses: z.array(z.number().int().min(0).nullable()).max(100),
});
export type SubmitAnswers = z.infer<typeof SubmitAnswers>;

export const Received = z.object({
  received: z.literal(true),
  /** A critical item was answered at or above its threshold: show where to get help now. */
  support: z.boolean(),
});

export const MeasureAlert = z
  .object({
    resultId: z.uuid(),
    family: z.object({ id: z.uuid(), name: z.string() }),
    measure: z.object({ id: z.enum(MEASURE_IDS), shortName: z.string() }),
    items: z.array(z.object({ number: z.number().int(), score: z.number(), reason: z.string() })),
    completedOn: z.string(),
    mode: z.enum(['practitioner', 'parent-link']),
    version: z.number().int(),
  })
  .meta({ id: 'MeasureAlert' });
export const AlertList = z.object({ alerts: z.array(MeasureAlert) });
export type MeasureAlert = z.infer<typeof MeasureAlert>;

// ---- Licensed wording ------------------------------------------------------------------------

export const WordingParams = z.object({ measureId: z.enum(MEASURE_IDS, 'Not a measure Haven knows') });

export const MeasureWording = z
  .object({
    measureId: z.enum(MEASURE_IDS),
    name: z.string(),
    shortName: z.string(),
    licence: z.object({ name: z.string(), notice: z.string(), citation: z.string() }),
    itemCount: z.number().int(),
    answerCount: z.number().int(),
    /** Items scored from the highest answer down: their first printed answer scores highest. */
    reverseItems: z.array(z.number().int()),
    loaded: z.boolean(),
    /** The wording as loaded, to correct it; null until loaded. */
    wording: z
      .object({
        instructions: z.string().nullable(),
        items: z.array(z.string()),
        answers: z.array(z.array(z.string())),
        licenceHeld: z.string(),
        loadedAt: z.string(),
        loadedBy: z.string().nullable(),
      })
      .nullable(),
    /** 0 until loaded; send it back to replace the wording. */
    version: z.number().int(),
  })
  .meta({ id: 'MeasureWording' });
export type MeasureWording = z.infer<typeof MeasureWording>;
export const WordingList = z.object({ measures: z.array(MeasureWording) });

const wordingText = (max: number, required: string) =>
  z.string(required).trim().min(1, required).max(max, `Must be ${max} characters or fewer`);

export const LoadWording = z.object({
  instructions: z
    .string()
    .trim()
    .max(2000, 'Must be 2000 characters or fewer')
    .nullish()
    .transform((v) => (v ? v : null)),
  items: z.array(wordingText(1000, "Enter the item's wording")).min(1, 'Enter the wording of each item'),
  answers: z
    .array(z.array(wordingText(300, 'Enter the printed answer')).min(1, 'Enter the printed answers'))
    .min(1, 'Enter the printed answers of each item'),
  licenceHeld: wordingText(1000, 'Say what licence or permission the service holds to use this wording'),
  /** The version shown when the form was opened; left out (or 0) when loading for the first time. */
  version: z.number().int().min(0).optional(),
});
export type LoadWording = z.infer<typeof LoadWording>;

// ---- Outstanding ------------------------------------------------------------------------------

export const OutstandingItem = OutstandingMeasure;
export type OutstandingItem = OutstandingMeasure;

export const FamilyMeasureStatus = z.object({
  outstanding: z.array(OutstandingItem),
  /** A measure has been given at the discharge time point. */
  dischargeMeasureGiven: z.boolean(),
});
