/**
 * Keys for spotting that two referrals are about the same person: the NHS number, or the name
 * with the date of birth. Names are compared without case, accents, punctuation or extra spaces.
 */
export type IdentityFacts = { name?: string; dateOfBirth?: string; nhsNumber?: string };

export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function identityKeys(people: IdentityFacts[]): string[] {
  const keys = new Set<string>();
  for (const p of people) {
    if (p.nhsNumber) keys.add(`nhs:${p.nhsNumber}`);
    if (p.name && p.dateOfBirth) keys.add(`name-dob:${normaliseName(p.name)}|${p.dateOfBirth}`);
  }
  return [...keys];
}

/** Why two referrals were matched, in words for the coordinator. */
export const describeMatch = (key: string): string =>
  key.startsWith('nhs:') ? 'same NHS number' : 'same name and date of birth';
