import type { MeasureDefinition } from './types';

/**
 * CORE-10: psychological distress over the last week. CC BY-NC-ND 4.0: the wording and order of
 * the items are shown unchanged and the copyright line wherever the measure is used. Items 2 and 3
 * are positively worded, so their printed answers score from 4 down to 0.
 */
export const CORE10: MeasureDefinition = {
  id: 'core10',
  version: 1,
  name: 'Clinical Outcomes in Routine Evaluation (CORE-10)',
  shortName: 'CORE-10',
  purpose: 'Psychological distress in the parent, over the last week',
  respondent: 'parent',
  instructions:
    'This form has 10 statements about how you have been OVER THE LAST WEEK. Please read each statement and think how often you felt that way last week. Then tick the box which is closest to this.',
  scale: {
    min: 0,
    max: 4,
    labels: ['Not at all', 'Only occasionally', 'Sometimes', 'Often', 'Most or all of the time'],
  },
  items: [
    { number: 1, text: 'I have felt tense, anxious or nervous' },
    { number: 2, text: 'I have felt I have someone to turn to for support when needed', reverse: true },
    { number: 3, text: 'I have felt able to cope when things go wrong', reverse: true },
    { number: 4, text: 'Talking to people has felt too much for me' },
    { number: 5, text: 'I have felt panic or terror' },
    {
      number: 6,
      text: 'I made plans to end my life',
      critical: { atLeast: 1, reason: 'Plans to end their life' },
    },
    { number: 7, text: 'I have had difficulty getting to sleep or staying asleep' },
    { number: 8, text: 'I have felt despairing or hopeless' },
    { number: 9, text: 'I have felt unhappy' },
    { number: 10, text: 'Unwanted images or memories have been distressing me' },
  ],
  subscales: [
    { id: 'problems', name: 'Problems and symptoms', items: [1, 5, 7, 8, 9, 10] },
    { id: 'functioning', name: 'Functioning', items: [2, 3, 4] },
    { id: 'risk', name: 'Risk to self', items: [6] },
  ],
  missing: { maxMissing: 1 },
  total: 'sum',
  bands: [
    { from: 0, label: 'Below the clinical range' },
    { from: 11, label: 'Mild' },
    { from: 15, label: 'Moderate' },
    { from: 20, label: 'Moderately severe' },
    { from: 25, label: 'Severe' },
  ],
  cutOff: { score: 11, source: 'Barkham et al. 2013' },
  higherIs: 'worse',
  reliableChange: { points: 6, source: 'CORE-10 user manual: a change of 6 or more' },
  licence: {
    name: 'CC BY-NC-ND 4.0',
    notice:
      '© CORE System Trust. Licensed under CC BY-NC-ND 4.0: https://www.coresystemtrust.org.uk/copyright-licensing',
    citation:
      'Barkham M, Bewick B, Mullin T, et al. The CORE-10: a short measure of psychological distress for routine use in the psychological therapies. Couns Psychother Res 2013;13:3–13.',
    itemText: 'included',
  },
};
