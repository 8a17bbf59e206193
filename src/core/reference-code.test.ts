import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeReferenceCode, parseReferenceCode, REFERENCE_ALPHABET } from './reference-code';

const seeded = (values: number[]) => {
  let i = 0;
  return (n: number) => (values[i++ % values.length] ?? 0) % n;
};

describe('reference codes', () => {
  it('has no characters that are confused when read aloud', () => {
    for (const c of '0O1IL5S2Z8BUV') expect(REFERENCE_ALPHABET).not.toContain(c);
  });

  it('is two groups of four from the alphabet', () => {
    const code = makeReferenceCode(seeded([3, 14, 15, 9, 2, 6, 5]));
    expect(code).toMatch(new RegExp(`^[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`));
  });

  it('reads back however it was typed', () => {
    const code = makeReferenceCode(seeded([1, 2, 3, 4, 5, 6, 7]));
    expect(parseReferenceCode(code)).toBe(code);
    expect(parseReferenceCode(code.toLowerCase().replace('-', ' '))).toBe(code);
  });

  it('catches any single wrong character', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
        fc.nat(7),
        fc.nat(REFERENCE_ALPHABET.length - 1),
        (seed, pos, sub) => {
          const code = makeReferenceCode(seeded(seed)).replace('-', '');
          const wrong = REFERENCE_ALPHABET.charAt(sub);
          fc.pre(code.charAt(pos) !== wrong);
          expect(parseReferenceCode(code.slice(0, pos) + wrong + code.slice(pos + 1))).toBeNull();
        },
      ),
    );
  });

  it('refuses text that cannot be a code', () => {
    expect(parseReferenceCode('ABCD')).toBeNull();
    expect(parseReferenceCode('0000-0000')).toBeNull();
  });
});
