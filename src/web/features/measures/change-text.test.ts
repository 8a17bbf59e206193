import { describe, expect, it } from 'vitest';
import { classifyChange, describeChange } from '../../../core/measures/change';
import { MEASURES } from '../../../core/measures/catalogue';
import type { Series } from './api';
import { changeSentence } from './change-text';

const series = (first: number, latest: number, measureId: 'phq9' | 'gbo' = 'phq9'): Series => {
  const c = classifyChange(MEASURES[measureId], first, latest);
  const point = (score: number, timepoint: 'assessment' | 'review', completedOn: string) => ({
    resultId: '01900000-0000-7000-8000-000000000000',
    completedOn,
    timepoint,
    score,
    band: null,
    mode: 'practitioner' as const,
  });
  return {
    measureId,
    personId: null,
    goalId: null,
    points: [point(first, 'assessment', '2026-01-05'), point(latest, 'review', '2026-04-01')],
    change: { ...c, description: describeChange(c) },
  };
};

describe('the change in words', () => {
  it('says the issue’s worked example: PHQ-9 18 to 9 is reliable recovery', () => {
    expect(changeSentence('PHQ-9', series(18, 9), 10)).toBe(
      'PHQ-9 went from 18 at assessment to 9 at review: a fall of 9 points (6 or more is a reliable change). Reliable recovery: reliable improvement to below the clinical cut-off (10).',
    );
  });
  it('says a small rise is no reliable change, without the cut-off', () => {
    expect(changeSentence('PHQ-9', series(11, 12), 10)).toBe(
      'PHQ-9 went from 11 at assessment to 12 at review: a rise of 1 point (6 or more is a reliable change). No reliable change.',
    );
  });
  it('counts a goal rising by exactly 2.45 as reliable', () => {
    expect(changeSentence('The rating', series(2, 4.45, 'gbo'), null)).toMatch(/Reliable improvement\.$/);
  });
  it('says nothing with fewer than two points', () => {
    expect(changeSentence('PHQ-9', { ...series(1, 2), change: null }, 10)).toBeNull();
  });
});
