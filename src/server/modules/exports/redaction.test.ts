import { describe, expect, it } from 'vitest';
import type { PersonRow } from './queries';
import { mentions, othersIn, samePerson, stringsIn, termsFor } from './redaction';

const person = (over: Partial<PersonRow>): PersonRow =>
  ({
    id: 'p',
    familyId: 'f',
    kind: 'carer',
    name: null,
    dateOfBirth: null,
    dueDate: null,
    nhsNumber: null,
    ...over,
  }) as PersonRow;

describe('termsFor', () => {
  it('names someone by full name and first name', () => {
    expect(termsFor(person({ name: 'Sam Example' }), 'Jane Other')).toEqual(['Sam Example', 'Sam']);
  });

  it("never uses a word of the subject's own name, nor a word that is not a first name", () => {
    expect(termsFor(person({ name: 'Jane Example' }), 'Jane Smith')).toEqual(['Jane Example']);
    expect(termsFor(person({ name: 'Baby Smith', kind: 'baby' }), 'Ada Smith')).toEqual(['Baby Smith']);
    expect(termsFor(person({ name: 'Dr. Ann Lee' }), null)).toEqual(['Dr. Ann Lee']);
    expect(termsFor(person({ name: 'Mia' }), 'Mia Jones')).toEqual([]);
    expect(termsFor(person({ name: null }), 'Ada')).toEqual([]);
  });
});

describe('mentions and othersIn', () => {
  it('finds whole words in any case, and people linked to an item even when not named in it', () => {
    expect(mentions('Visited SAM at home', 'Sam')).toBe(true);
    expect(mentions('Samuel was there', 'Sam')).toBe(false);
    expect(mentions('(Jo) came', 'Jo')).toBe(true);
    const others = [
      { personId: 'a', name: 'Sam Example', terms: ['Sam Example', 'Sam'] },
      { personId: 'b', name: 'Ava Example', terms: ['Ava Example', 'Ava'] },
    ];
    expect(othersIn(others, ['Sam was tired', null])).toEqual([{ personId: 'a', name: 'Sam Example' }]);
    expect(othersIn(others, ['Nobody'], ['b'])).toEqual([{ personId: 'b', name: 'Ava Example' }]);
  });

  it('looks for names in every string of a submitted form', () => {
    expect(stringsIn({ parents: [{ name: 'A', age: 3 }], baby: { name: 'B' }, ok: true })).toEqual(['A', 'B']);
  });
});

describe('samePerson', () => {
  it('matches on NHS number, or on name and date of birth, within one kind of person', () => {
    const a = person({ id: '1', name: 'Robin Lee', dateOfBirth: '1990-01-02', nhsNumber: '9990001030' });
    expect(samePerson(a, person({ id: '2', nhsNumber: '9990001030' }))).toBe(true);
    expect(
      samePerson(a, person({ id: '2', nhsNumber: '9990001049', name: 'Robin Lee', dateOfBirth: '1990-01-02' })),
    ).toBe(false);
    expect(samePerson(a, person({ id: '2', name: 'robin lee ', dateOfBirth: '1990-01-02' }))).toBe(true);
    expect(samePerson(a, person({ id: '2', name: 'Robin Lee' }))).toBe(false);
    expect(samePerson(a, person({ id: '2', kind: 'baby', nhsNumber: '9990001030' }))).toBe(false);
  });
});
