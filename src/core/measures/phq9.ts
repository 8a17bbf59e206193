import type { MeasureDefinition } from './types';

const SOURCE = 'Kroenke, Spitzer & Williams 2001; NHS Talking Therapies manual';

/** PHQ-9: parent depression over the last two weeks. Released by Pfizer without copyright restriction. */
export const PHQ9: MeasureDefinition = {
  id: 'phq9',
  version: 1,
  name: 'Patient Health Questionnaire (PHQ-9)',
  shortName: 'PHQ-9',
  purpose: 'Depression in the parent, over the last two weeks',
  respondent: 'parent',
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  scale: { min: 0, max: 3, labels: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] },
  items: [
    { number: 1, text: 'Little interest or pleasure in doing things' },
    { number: 2, text: 'Feeling down, depressed, or hopeless' },
    { number: 3, text: 'Trouble falling or staying asleep, or sleeping too much' },
    { number: 4, text: 'Feeling tired or having little energy' },
    { number: 5, text: 'Poor appetite or overeating' },
    {
      number: 6,
      text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    },
    { number: 7, text: 'Trouble concentrating on things, such as reading the newspaper or watching television' },
    {
      number: 8,
      text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    },
    {
      number: 9,
      text: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      critical: { atLeast: 1, reason: 'Thoughts of being better off dead or of self-harm' },
    },
  ],
  subscales: [],
  missing: { maxMissing: 0 },
  total: 'sum',
  bands: [
    { from: 0, label: 'Minimal' },
    { from: 5, label: 'Mild' },
    { from: 10, label: 'Moderate' },
    { from: 15, label: 'Moderately severe' },
    { from: 20, label: 'Severe' },
  ],
  cutOff: { score: 10, source: SOURCE },
  higherIs: 'worse',
  reliableChange: { points: 6, source: 'NHS Talking Therapies: a change of 6 or more' },
  loinc: { code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
  licence: {
    name: 'No copyright restriction',
    notice:
      'PHQ-9 developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16:606–13.',
    itemText: 'included',
  },
};
