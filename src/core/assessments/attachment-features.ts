/**
 * Bowlby's four features of attachment as data, in plain words, and the closed set of what an
 * observer can say they saw of each.
 */

export const ATTACHMENT_FEATURE_IDS = [
  'proximity-maintenance',
  'safe-haven',
  'secure-base',
  'separation-distress',
] as const;
export type AttachmentFeatureId = (typeof ATTACHMENT_FEATURE_IDS)[number];

export type AttachmentFeature = {
  id: AttachmentFeatureId;
  name: string;
  /** The feature in plain words. */
  description: string;
  /** What an observer might see in a baby or toddler. */
  lookFor: string;
};

export const ATTACHMENT_FEATURES: readonly AttachmentFeature[] = [
  {
    id: 'proximity-maintenance',
    name: 'Proximity maintenance',
    description: 'The child wants to be near the carer.',
    lookFor: 'Watches, follows, reaches for or calls to the carer; stays within reach in a new place.',
  },
  {
    id: 'safe-haven',
    name: 'Safe haven',
    description: 'The child returns to the carer for comfort when frightened, hurt or unsure.',
    lookFor: 'Goes to the carer when upset, is comforted by them, and settles.',
  },
  {
    id: 'secure-base',
    name: 'Secure base',
    description: 'The child explores from the carer, knowing they are there.',
    lookFor: 'Moves off to play and explore, checks back with a look or a return, then goes on exploring.',
  },
  {
    id: 'separation-distress',
    name: 'Separation distress',
    description: 'The child is unsettled when the carer is absent.',
    lookFor: 'Protests or searches when the carer leaves; how the child greets them and is soothed on return.',
  },
];

export const featureById = (id: AttachmentFeatureId): AttachmentFeature => {
  const found = ATTACHMENT_FEATURES.find((f) => f.id === id);
  if (!found) throw new Error(`Unknown attachment feature ${id}`);
  return found;
};

/**
 * What was seen of a feature. Five answers, because each tells the reader something different:
 * - `clearly-seen` and `sometimes-seen`: present, and how readily;
 * - `not-seen`: there was the chance (the child was upset, the carer left) but no sign of it;
 * - `concern`: present but in a worrying form (no protest at all at separation, comfort sought
 *   from strangers rather than the carer, freezing or fear on the carer's approach), which an
 *   absent/present scale would hide;
 * - `not-observed`: the setting gave no chance to see it (no separation happened), kept apart from
 *   `not-seen` so that absence of evidence is never read as evidence of absence.
 */
export const FEATURE_SEEN = {
  'clearly-seen': 'Clearly seen',
  'sometimes-seen': 'Sometimes seen',
  'not-seen': 'Not seen',
  concern: 'A concern',
  'not-observed': 'Not observed in this setting',
} as const;
export type FeatureSeen = keyof typeof FEATURE_SEEN;
export const FEATURE_SEEN_CODES = Object.keys(FEATURE_SEEN) as [FeatureSeen, ...FeatureSeen[]];

/** A short hint for each answer, for the form. */
export const FEATURE_SEEN_HINTS: Record<FeatureSeen, string> = {
  'clearly-seen': 'Seen readily and more than once',
  'sometimes-seen': 'Seen, but not every time there was the chance',
  'not-seen': 'There was the chance, but no sign of it',
  concern: 'Seen in a worrying form: describe it',
  'not-observed': 'The setting gave no chance to see it',
};

export type FeatureObservation = { seen: FeatureSeen; description: string };

/**
 * The features an observation raises as a concern, or where there was a chance and nothing was
 * seen: what a reader should look at first.
 */
export function featuresToFollowUp(features: Record<AttachmentFeatureId, { seen: string }>): {
  concern: AttachmentFeatureId[];
  notSeen: AttachmentFeatureId[];
} {
  return {
    concern: ATTACHMENT_FEATURE_IDS.filter((id) => features[id].seen === 'concern'),
    notSeen: ATTACHMENT_FEATURE_IDS.filter((id) => features[id].seen === 'not-seen'),
  };
}
