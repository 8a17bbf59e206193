import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARER_SCALE,
  CHILD_SCALE,
  compareReviews,
  describeChange,
  dimensionById,
  isRating,
  SECURE_BASE_DIMENSION_IDS,
  SECURE_BASE_DIMENSIONS,
  secureBaseProfile,
  type SecureBaseDimensionId,
} from './secure-base';

type Ratings = Record<SecureBaseDimensionId, { carer: number; child: number }>;

/** Ratings from two lists in the model's order: carer, then child. */
const ratings = (carer: number[], child: number[]): Ratings =>
  Object.fromEntries(
    SECURE_BASE_DIMENSION_IDS.map((id, i) => [id, { carer: carer[i] ?? 0, child: child[i] ?? 0 }]),
  ) as Ratings;

describe('the model as data', () => {
  it('has the five dimensions in the model’s order, each with its benefit for the child', () => {
    expect(SECURE_BASE_DIMENSIONS.map((d) => [d.name, d.benefit])).toEqual([
      ['Availability', 'Trust'],
      ['Sensitivity', 'Managing feelings'],
      ['Acceptance', 'Self-esteem'],
      ['Co-operation', 'Feeling effective'],
      ['Family membership', 'Belonging'],
    ]);
    for (const d of SECURE_BASE_DIMENSIONS) {
      expect(d.carerPrompts.length).toBeGreaterThan(0);
      expect(d.childPrompts.length).toBeGreaterThan(0);
      expect(dimensionById(d.id)).toBe(d);
    }
  });

  it('anchors every point of both scales with a distinct label and a description', () => {
    for (const scale of [CARER_SCALE, CHILD_SCALE]) {
      expect(scale.map((p) => p.rating)).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(scale.map((p) => p.label)).size).toBe(5);
      expect(scale.every((p) => p.description.length > 10)).toBe(true);
    }
  });

  it('takes only whole numbers from 1 to 5 as ratings', () => {
    expect([1, 3, 5].every(isRating)).toBe(true);
    expect([0, 6, 2.5, Number.NaN, '3', null].some(isRating)).toBe(false);
  });
});

describe('the profile', () => {
  it('lists the ratings in the model’s order with each side’s mean (worked example)', () => {
    // Carer 2+3+4+2+4 = 15, mean 3.0; child 1+2+2+3+3 = 11, mean 2.2.
    const profile = secureBaseProfile(ratings([2, 3, 4, 2, 4], [1, 2, 2, 3, 3]));
    expect(profile.points).toEqual([
      { dimension: 'availability', carer: 2, child: 1 },
      { dimension: 'sensitivity', carer: 3, child: 2 },
      { dimension: 'acceptance', carer: 4, child: 2 },
      { dimension: 'co-operation', carer: 2, child: 3 },
      { dimension: 'family-membership', carer: 4, child: 3 },
    ]);
    expect(profile.carerMean).toBe(3);
    expect(profile.childMean).toBe(2.2);
  });
});

describe('comparing two reviews', () => {
  it('gives the change per dimension and which improved, declined or stayed (worked example)', () => {
    const first = ratings([2, 3, 4, 2, 4], [1, 2, 2, 3, 3]);
    const latest = ratings([4, 3, 3, 3, 4], [3, 2, 2, 2, 4]);
    const c = compareReviews(first, latest);
    expect(c.dimensions[0]).toEqual({
      dimension: 'availability',
      carer: { from: 2, to: 4, change: 2 },
      child: { from: 1, to: 3, change: 2 },
    });
    expect(c.improved).toEqual({
      carer: ['availability', 'co-operation'],
      child: ['availability', 'family-membership'],
    });
    expect(c.declined).toEqual({ carer: ['acceptance'], child: ['co-operation'] });
    expect(c.unchanged).toEqual({
      carer: ['sensitivity', 'family-membership'],
      child: ['sensitivity', 'acceptance'],
    });
    // Carer: +2 +0 −1 +1 +0 = +2 over 5 = +0.4; child: +2 +0 +0 −1 +1 = +2, +0.4.
    expect(c.meanChange).toEqual({ carer: 0.4, child: 0.4 });
  });

  it('writes a change as a signed number or "no change"', () => {
    expect([2, 0, -1].map(describeChange)).toEqual(['+2', 'no change', '−1']);
  });

  const rating = fc.integer({ min: 1, max: 5 });
  const review = fc
    .tuple(fc.array(rating, { minLength: 5, maxLength: 5 }), fc.array(rating, { minLength: 5, maxLength: 5 }))
    .map(([carer, child]) => ratings(carer, child));

  it('shows no change when a review is compared with itself', () => {
    fc.assert(
      fc.property(review, (r) => {
        const c = compareReviews(r, r);
        expect(c.dimensions.every((d) => d.carer.change === 0 && d.child.change === 0)).toBe(true);
        expect(c.improved).toEqual({ carer: [], child: [] });
        expect(c.declined).toEqual({ carer: [], child: [] });
        expect(c.unchanged.carer).toEqual([...SECURE_BASE_DIMENSION_IDS]);
        expect(c.meanChange.carer === 0 && c.meanChange.child === 0).toBe(true);
      }),
    );
  });

  it('is antisymmetric: the other way round, every change is negated and improved swaps with declined', () => {
    fc.assert(
      fc.property(review, review, (a, b) => {
        const ab = compareReviews(a, b);
        const ba = compareReviews(b, a);
        ab.dimensions.forEach((d, i) => {
          expect(d.carer.change + (ba.dimensions[i]?.carer.change ?? Number.NaN)).toBe(0);
          expect(d.child.change + (ba.dimensions[i]?.child.change ?? Number.NaN)).toBe(0);
        });
        expect(ab.improved).toEqual(ba.declined);
        expect(ab.declined).toEqual(ba.improved);
        expect(ab.unchanged).toEqual(ba.unchanged);
        expect(ab.meanChange.carer + ba.meanChange.carer).toBeCloseTo(0, 10);
        expect(ab.meanChange.child + ba.meanChange.child).toBeCloseTo(0, 10);
      }),
    );
  });

  it('puts every dimension in exactly one of improved, declined and unchanged, for each side', () => {
    fc.assert(
      fc.property(review, review, (a, b) => {
        const c = compareReviews(a, b);
        for (const side of ['carer', 'child'] as const) {
          const all = [...c.improved[side], ...c.declined[side], ...c.unchanged[side]].sort();
          expect(all).toEqual([...SECURE_BASE_DIMENSION_IDS].sort());
        }
      }),
    );
  });
});
