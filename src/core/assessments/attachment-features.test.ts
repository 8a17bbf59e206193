import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_FEATURES,
  FEATURE_SEEN,
  FEATURE_SEEN_CODES,
  FEATURE_SEEN_HINTS,
  featureById,
  featuresToFollowUp,
} from './attachment-features';

describe('the four features of attachment', () => {
  it('are described in plain words, each with what to look for', () => {
    expect(ATTACHMENT_FEATURES.map((f) => f.name)).toEqual([
      'Proximity maintenance',
      'Safe haven',
      'Secure base',
      'Separation distress',
    ]);
    for (const f of ATTACHMENT_FEATURES) {
      expect(f.description).toMatch(/carer/);
      expect(f.lookFor.length).toBeGreaterThan(20);
      expect(featureById(f.id)).toBe(f);
    }
  });

  it('have a closed set of answers, each with a hint, keeping "not seen" apart from "not observed"', () => {
    expect(FEATURE_SEEN_CODES).toEqual(['clearly-seen', 'sometimes-seen', 'not-seen', 'concern', 'not-observed']);
    expect(Object.keys(FEATURE_SEEN_HINTS)).toEqual(FEATURE_SEEN_CODES);
    expect(FEATURE_SEEN['not-observed']).toBe('Not observed in this setting');
  });

  it('picks out the concerns and the features not seen despite the chance', () => {
    expect(
      featuresToFollowUp({
        'proximity-maintenance': { seen: 'clearly-seen' },
        'safe-haven': { seen: 'concern' },
        'secure-base': { seen: 'not-seen' },
        'separation-distress': { seen: 'not-observed' },
      }),
    ).toEqual({ concern: ['safe-haven'], notSeen: ['secure-base'] });
  });
});
