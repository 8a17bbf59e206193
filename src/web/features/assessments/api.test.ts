import { describe, expect, it } from 'vitest';
import { changedFields } from './api';

describe('changedFields', () => {
  it('keeps only the fields whose value changed, comparing nested values', () => {
    const before = { a: 'x', b: { carer: 2, child: 3 }, c: '' };
    expect(changedFields(before, { a: 'x', b: { carer: 2, child: 3 }, c: '' })).toEqual({});
    expect(changedFields(before, { a: 'y', b: { carer: 2, child: 4 }, c: '' })).toEqual({
      a: 'y',
      b: { carer: 2, child: 4 },
    });
  });
});
