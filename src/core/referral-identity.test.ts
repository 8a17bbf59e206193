import { describe, expect, it } from 'vitest';
import { describeMatch, identityKeys, normaliseName } from './referral-identity';

describe('identity keys', () => {
  it('ignores case, accents, punctuation and spacing in names', () => {
    expect(normaliseName('  Zoë  O’Brien-Smith ')).toBe('zoe o brien smith');
  });
  it('makes one key per NHS number and per name with date of birth', () => {
    expect(
      identityKeys([
        { name: 'Jane Smith', dateOfBirth: '1990-01-02', nhsNumber: '9434765919' },
        { name: 'Baby Smith' },
        { name: 'JANE smith', dateOfBirth: '1990-01-02' },
      ]),
    ).toEqual(['nhs:9434765919', 'name-dob:jane smith|1990-01-02']);
  });
  it('says why two records matched', () => {
    expect(describeMatch('nhs:9434765919')).toBe('same NHS number');
    expect(describeMatch('name-dob:jane smith|1990-01-02')).toBe('same name and date of birth');
  });
});
