import type { MeasureDefinition } from './types';

/** GAD-7: parent anxiety over the last two weeks. Released by Pfizer without copyright restriction. */
export const GAD7: MeasureDefinition = {
  id: 'gad7',
  version: 1,
  name: 'Generalised Anxiety Disorder scale (GAD-7)',
  shortName: 'GAD-7',
  purpose: 'Anxiety in the parent, over the last two weeks',
  respondent: 'parent',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  scale: { min: 0, max: 3, labels: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] },
  items: [
    { number: 1, text: 'Feeling nervous, anxious, or on edge' },
    { number: 2, text: 'Not being able to stop or control worrying' },
    { number: 3, text: 'Worrying too much about different things' },
    { number: 4, text: 'Trouble relaxing' },
    { number: 5, text: 'Being so restless that it is hard to sit still' },
    { number: 6, text: 'Becoming easily annoyed or irritable' },
    { number: 7, text: 'Feeling afraid, as if something awful might happen' },
  ],
  subscales: [],
  missing: { maxMissing: 0 },
  total: 'sum',
  bands: [
    { from: 0, label: 'Minimal' },
    { from: 5, label: 'Mild' },
    { from: 10, label: 'Moderate' },
    { from: 15, label: 'Severe' },
  ],
  cutOff: { score: 8, source: 'NHS Talking Therapies caseness' },
  higherIs: 'worse',
  reliableChange: { points: 4, source: 'NHS Talking Therapies: a change of 4 or more' },
  loinc: { code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' },
  licence: {
    name: 'No copyright restriction',
    notice:
      'GAD-7 developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
    citation:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092–7.',
    itemText: 'included',
  },
};
