/**
 * The Secure Base model (Schofield & Beek, UEA) as data: five caregiving dimensions, each paired
 * with the benefit it builds in the child, with short prompts on what to look for; a rating scale
 * for the carer's approach and for the child's response; and the profile and comparison of reviews.
 *
 * The model is used with birth parents, kinship carers, foster carers and adopters alike, so the
 * wording says "carer" and "child" throughout. UEA advises covering all five dimensions rather
 * than one in isolation, which is why a review must rate every dimension.
 */

export const SECURE_BASE_DIMENSION_IDS = [
  'availability',
  'sensitivity',
  'acceptance',
  'co-operation',
  'family-membership',
] as const;
export type SecureBaseDimensionId = (typeof SECURE_BASE_DIMENSION_IDS)[number];

export type SecureBaseDimension = {
  id: SecureBaseDimensionId;
  /** The caregiving dimension, as the model names it. */
  name: string;
  /** What this caregiving builds in the child (the model's developmental benefit). */
  benefit: string;
  /** The dimension and its benefit in one phrase: "Availability – helping the child to trust". */
  title: string;
  /** The caregiving in a sentence. */
  caregiving: string;
  /** What to look for in the carer's behaviour. */
  carerPrompts: readonly string[];
  /** What to look for in the child's behaviour. */
  childPrompts: readonly string[];
};

export const SECURE_BASE_DIMENSIONS: readonly SecureBaseDimension[] = [
  {
    id: 'availability',
    name: 'Availability',
    benefit: 'Trust',
    title: 'Availability – helping the child to trust',
    caregiving: 'Physically and emotionally available, reliable, and keeps the child in mind when they are apart.',
    carerPrompts: [
      'Is there when the child needs them, and comes when the child signals',
      'Reliable routines the child can predict',
      'Keeps the child in mind when apart (talks about them, plans for them)',
    ],
    childPrompts: [
      'Turns to the carer when distressed and is comforted',
      'Settles in routines; expects the carer to come back',
      'Begins to trust other safe adults',
    ],
  },
  {
    id: 'sensitivity',
    name: 'Sensitivity',
    benefit: 'Managing feelings',
    title: 'Sensitivity – helping the child to manage feelings',
    caregiving:
      "Reflects on what is in the child's mind, names the child's feelings and helps the child regulate them.",
    carerPrompts: [
      'Wonders aloud what the child is feeling or wanting (mind-mindedness)',
      'Names feelings and stays calm alongside big feelings',
      'Notices and repairs a missed cue',
    ],
    childPrompts: [
      'Shows a range of feelings, not only the ones that get a response',
      'Can be soothed, and recovers more quickly over time',
      'Begins to show or name feelings to the carer',
    ],
  },
  {
    id: 'acceptance',
    name: 'Acceptance',
    benefit: 'Self-esteem',
    title: 'Acceptance – building the child’s self-esteem',
    caregiving: 'Values the child for who they are, their strengths and their difficulties alike.',
    carerPrompts: [
      'Speaks of the child warmly, strengths as well as difficulties',
      'Delights in the child; praise and affection come easily',
      "Accepts the child's difficult behaviour as communication",
    ],
    childPrompts: [
      'Enjoys being noticed and praised',
      'Tries again after a setback',
      'Seems to feel good about themselves in play and in company',
    ],
  },
  {
    id: 'co-operation',
    name: 'Co-operation',
    benefit: 'Feeling effective',
    title: 'Co-operation – helping the child to feel effective',
    caregiving: 'Offers choices and works with the child, supporting autonomy within safe limits.',
    carerPrompts: [
      'Follows the child’s lead in play and care',
      'Offers simple choices and waits for the child’s answer',
      'Sets limits calmly and works with the child rather than against them',
    ],
    childPrompts: [
      'Makes choices and tries things for themselves',
      'Accepts help and limits without giving up or fighting every time',
      'Expects their signals to make something happen',
    ],
  },
  {
    id: 'family-membership',
    name: 'Family membership',
    benefit: 'Belonging',
    title: 'Family membership – helping the child to belong',
    caregiving:
      'Includes the child in family life and its rituals, and supports their birth-family identity and contact.',
    carerPrompts: [
      'Includes the child in family routines, celebrations and photographs',
      'Speaks of the child as part of the family',
      'Where the child is not with their birth family: supports identity and contact',
    ],
    childPrompts: [
      'Is at ease in family routines and with family members',
      'Shows a sense of “my family” (people, places, belongings)',
      'Manages contact and transitions between families',
    ],
  },
];

export const dimensionById = (id: SecureBaseDimensionId): SecureBaseDimension => {
  const found = SECURE_BASE_DIMENSIONS.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown Secure Base dimension ${id}`);
  return found;
};

/** The five points of both scales. */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];
export const MIN_RATING = 1;
export const MAX_RATING = 5;

export const isRating = (n: unknown): n is Rating =>
  typeof n === 'number' && Number.isInteger(n) && n >= MIN_RATING && n <= MAX_RATING;

export type ScalePoint = { rating: Rating; label: string; description: string };

/**
 * The carer's approach, anchored on how consistently the caregiving is seen and whether it holds
 * under stress: the two things that distinguish a secure base in the model. The same anchors apply
 * to every dimension, so a profile can be read across dimensions.
 */
export const CARER_SCALE: readonly ScalePoint[] = [
  {
    rating: 1,
    label: 'Serious concern',
    description: 'Rarely seen; the child’s needs here are often missed, or met in a way that frightens or rejects.',
  },
  {
    rating: 2,
    label: 'Emerging',
    description: 'Seen now and then, or only with a lot of support; easily lost when the carer is stressed.',
  },
  {
    rating: 3,
    label: 'Developing',
    description: 'Seen some of the time, mostly when things are calm; not yet reliable under stress.',
  },
  {
    rating: 4,
    label: 'Established',
    description: 'Seen reliably in everyday care, and in most stressful moments.',
  },
  {
    rating: 5,
    label: 'Strong',
    description: 'Consistent, stress included; the carer reflects on it and adapts to the child as they grow.',
  },
];

/**
 * The child's response: how much of the dimension's benefit (trust, managing feelings, self-esteem,
 * feeling effective, belonging) the child shows, and whether it holds in new or stressful moments.
 */
export const CHILD_SCALE: readonly ScalePoint[] = [
  {
    rating: 1,
    label: 'Serious concern',
    description: 'Little or no sign of the benefit; the child’s behaviour shows distress, withdrawal or fear here.',
  },
  {
    rating: 2,
    label: 'First signs',
    description: 'Brief or occasional signs, mostly with the carer’s help.',
  },
  {
    rating: 3,
    label: 'Developing',
    description: 'Shown some of the time, in familiar and calm situations.',
  },
  {
    rating: 4,
    label: 'Established',
    description: 'Shown most of the time, including some new or stressful moments.',
  },
  {
    rating: 5,
    label: 'Secure',
    description: 'Shown consistently and in age-appropriate ways, stress and new situations included.',
  },
];

const point = (scale: readonly ScalePoint[], rating: Rating): ScalePoint => {
  const found = scale.find((p) => p.rating === rating);
  if (!found) throw new Error(`No scale point ${String(rating)}`);
  return found;
};
export const carerPoint = (rating: Rating): ScalePoint => point(CARER_SCALE, rating);
export const childPoint = (rating: Rating): ScalePoint => point(CHILD_SCALE, rating);

/** Whose rating: the carer's approach, or the child's response. */
export type Side = 'carer' | 'child';
export const SIDES = ['carer', 'child'] as const satisfies readonly Side[];

/** One dimension of a review, as stored. */
export type DimensionRating = { carer: number; child: number; evidence: string; goals: string };
export type SecureBaseRatings = Record<SecureBaseDimensionId, DimensionRating>;

export type ProfilePoint = { dimension: SecureBaseDimensionId; carer: number; child: number };

/** A review's scores in the model's order of dimensions, with the mean of each side. */
export type SecureBaseProfile = { points: ProfilePoint[]; carerMean: number; childMean: number };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The profile of one review: each dimension's ratings in the model's order, and each side's mean. */
export function secureBaseProfile(
  ratings: Record<SecureBaseDimensionId, { carer: number; child: number }>,
): SecureBaseProfile {
  const points = SECURE_BASE_DIMENSION_IDS.map((dimension) => ({
    dimension,
    carer: ratings[dimension].carer,
    child: ratings[dimension].child,
  }));
  const mean = (side: Side) => round1(points.reduce((sum, p) => sum + p[side], 0) / points.length);
  return { points, carerMean: mean('carer'), childMean: mean('child') };
}

export type DimensionChange = {
  dimension: SecureBaseDimensionId;
  carer: { from: number; to: number; change: number };
  child: { from: number; to: number; change: number };
};

export type ReviewComparison = {
  dimensions: DimensionChange[];
  /** Per side, the dimensions whose rating went up, down, or stayed the same, in the model's order. */
  improved: Record<Side, SecureBaseDimensionId[]>;
  declined: Record<Side, SecureBaseDimensionId[]>;
  unchanged: Record<Side, SecureBaseDimensionId[]>;
  /** Change in each side's mean, to one decimal place. */
  meanChange: Record<Side, number>;
};

/**
 * Compares an earlier review with a later one: per dimension and side, the change (later − earlier),
 * and which dimensions improved, declined or stayed the same. A one-point change on a 5-point
 * judgement scale is reported as it is; Haven makes no claim that it is "reliable".
 */
export function compareReviews(
  earlier: Record<SecureBaseDimensionId, { carer: number; child: number }>,
  later: Record<SecureBaseDimensionId, { carer: number; child: number }>,
): ReviewComparison {
  const dimensions = SECURE_BASE_DIMENSION_IDS.map((dimension) => {
    const a = earlier[dimension];
    const b = later[dimension];
    return {
      dimension,
      carer: { from: a.carer, to: b.carer, change: b.carer - a.carer },
      child: { from: a.child, to: b.child, change: b.child - a.child },
    };
  });
  const pick = (side: Side, test: (change: number) => boolean) =>
    dimensions.filter((d) => test(d[side].change)).map((d) => d.dimension);
  const bySide = (test: (change: number) => boolean) => ({ carer: pick('carer', test), child: pick('child', test) });
  // From the sums, not the rounded means, so the change is exact and comparing the other way round
  // gives exactly its negative.
  const meanOf = (side: Side) => round1(dimensions.reduce((sum, d) => sum + d[side].change, 0) / dimensions.length);
  return {
    dimensions,
    improved: bySide((c) => c > 0),
    declined: bySide((c) => c < 0),
    unchanged: bySide((c) => c === 0),
    meanChange: { carer: meanOf('carer'), child: meanOf('child') },
  };
}

/** A change as words and a sign, for tables: "+2", "−1", "no change". */
export function describeChange(change: number): string {
  if (change === 0) return 'no change';
  return change > 0 ? `+${String(change)}` : `−${String(Math.abs(change))}`;
}
