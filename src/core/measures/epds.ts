import type { MeasureDefinition } from './types';

/**
 * EPDS: perinatal depression over the last seven days. © Royal College of Psychiatrists, who require
 * written permission to republish the wording, so Haven ships its scoring and structure only. A
 * service that holds permission loads the wording for its own use; until then the practitioner
 * records which printed answer (first to fourth) was ticked, and Haven applies the scoring key.
 */
export const EPDS: MeasureDefinition = {
  id: 'epds',
  version: 1,
  name: 'Edinburgh Postnatal Depression Scale (EPDS)',
  shortName: 'EPDS',
  purpose: 'Depression in pregnancy and after birth, over the last seven days',
  respondent: 'parent',
  scale: { min: 0, max: 3 },
  items: [
    { number: 1 },
    { number: 2 },
    { number: 3, reverse: true },
    { number: 4 },
    { number: 5, reverse: true },
    { number: 6, reverse: true },
    { number: 7, reverse: true },
    { number: 8, reverse: true },
    { number: 9, reverse: true },
    {
      number: 10,
      reverse: true,
      critical: { atLeast: 1, reason: 'Thoughts of self-harm: any score above 0 needs further assessment' },
    },
  ],
  subscales: [{ id: 'anxiety', name: 'Anxiety (EPDS-3A, items 3 to 5)', items: [3, 4, 5] }],
  missing: { maxMissing: 0 },
  total: 'sum',
  bands: [
    { from: 0, label: 'Below the threshold' },
    { from: 10, label: 'Possible depression (sensitive threshold)' },
    { from: 13, label: 'Probable depression' },
  ],
  cutOff: { score: 13, source: 'Cox, Holden & Sagovsky 1987' },
  higherIs: 'worse',
  reliableChange: { points: 4, source: 'Matthey 2004: a change of 4 or more' },
  licence: {
    name: 'Permission needed to republish',
    notice:
      '© 1987 The Royal College of Psychiatrists. The wording is not included: a service holding permission may load it.',
    citation:
      'Cox JL, Holden JM, Sagovsky R. Detection of postnatal depression: development of the 10-item Edinburgh Postnatal Depression Scale. Br J Psychiatry 1987;150:782–6.',
    itemText: 'service-loaded',
  },
};
