import type { MeasureDefinition } from './types';

/** How many goals a family may set. */
export const MAX_GOALS = 3;

/**
 * Goal-based outcomes: up to three goals in the family's own words, each rated 0–10 for how close
 * it is at each time point. The items are the family's goals; the total is the mean rating.
 */
export const GBO: MeasureDefinition = {
  id: 'gbo',
  version: 1,
  name: 'Goal-based outcomes (GBO)',
  shortName: 'Goals',
  purpose: "Progress towards the family's own goals, each rated from 0 (not at all) to 10 (goal reached)",
  respondent: 'parent',
  instructions: 'On a scale of 0 to 10, how close are you to reaching this goal?',
  scale: { min: 0, max: 10 },
  items: [{ number: 1 }, { number: 2 }, { number: 3 }],
  subscales: [],
  missing: { maxMissing: MAX_GOALS - 1 },
  total: 'mean',
  bands: [{ from: 0, label: 'Goal ratings' }],
  higherIs: 'better',
  reliableChange: { points: 2.45, source: 'Edbrooke-Childs et al. 2015: a change of 2.45 or more' },
  licence: {
    name: 'CC BY-NC-SA 4.0',
    notice: 'Goal-based outcomes © Duncan Law. Licensed under CC BY-NC-SA 4.0.',
    citation:
      'Law D, Jacob J. Goals and Goal Based Outcomes (GBOs): some useful information. 3rd ed. London: CAMHS Press; 2015.',
    itemText: 'family-own-words',
  },
};
