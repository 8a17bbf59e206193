import { describe, expect, it } from 'vitest';
import { pairsText, parseDeclineReasons, parsePostcodeAreas, parseSignposts } from './lines';

describe('referral settings as lines of text', () => {
  it('reads postcode areas, districts and sectors, tidied, and says which lines are not', () => {
    expect(parsePostcodeAreas('ox\n\n ox4 \nOX4  1\nnot one')).toEqual({
      items: ['OX', 'OX4', 'OX4 1'],
      problems: ['Line 5, "not one", is not a postcode area (OX), district (OX4) or sector (OX4 1)'],
    });
  });

  it('reads decline reasons as code | label, refusing bad codes, missing labels and repeats', () => {
    expect(parseDeclineReasons('outside-area | Outside our area | for now').items).toEqual([
      { code: 'outside-area', label: 'Outside our area | for now' },
    ]);
    expect(parseDeclineReasons('Bad Code | Label\nok\nok | Fine\nok | Again').problems).toEqual([
      'Line 1: the code must be lower-case letters, digits and hyphens, like outside-area',
      'Line 2: write the label after a |, like outside-area | Outside our area',
      'The code ok is used more than once',
    ]);
    expect(parseDeclineReasons('  \n').problems).toEqual(['Enter at least one decline reason']);
  });

  it('reads signposts as name | contact, the contact optional', () => {
    expect(parseSignposts('Samaritans | Call 116 123\nHealth visitors')).toEqual({
      items: [
        { name: 'Samaritans', contact: 'Call 116 123' },
        { name: 'Health visitors', contact: '' },
      ],
      problems: [],
    });
    expect(parseSignposts('| no name').problems).toEqual(["Line 1: write the service's name before the |"]);
  });

  it('writes pairs back as the same lines', () => {
    expect(
      pairsText([
        ['a', 'Alpha'],
        ['b', 'Beta'],
      ]),
    ).toBe('a | Alpha\nb | Beta');
    expect(parseSignposts(pairsText([['Name', 'Contact']])).items).toEqual([{ name: 'Name', contact: 'Contact' }]);
  });
});
