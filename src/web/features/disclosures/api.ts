import type { CONSENT_SOUGHT_CODES, LAWFUL_BASIS_CODES } from '../../../core/family-options';
import { api } from '../../app/api-client';
import { familyKeys, familyPath } from '../family/api';

export type LawfulBasis = (typeof LAWFUL_BASIS_CODES)[number];
export type ConsentSought = (typeof CONSENT_SOUGHT_CODES)[number];

/** An entry of the disclosure log as GET /api/families/:id/disclosures answers it. */
export type Disclosure = {
  id: string;
  disclosedOn: string;
  recipient: string;
  recipientOrganisation: string | null;
  information: string;
  personIds: string[];
  lawfulBasis: LawfulBasis;
  consent: ConsentSought;
  reason: string;
  recordedBy: { id: string; name: string } | null;
  recordedAt: string;
};

export type RecordDisclosure = {
  disclosedOn: string;
  recipient: string;
  recipientOrganisation?: string;
  information: string;
  personIds: string[];
  lawfulBasis: LawfulBasis;
  consent: ConsentSought;
  reason: string;
};

export const disclosureKeys = { list: (familyId: string) => familyKeys.section(familyId, 'disclosures') };

export async function listDisclosures(familyId: string): Promise<Disclosure[]> {
  return (await api<{ disclosures: Disclosure[] }>(familyPath(familyId, '/disclosures'))).disclosures;
}

export const recordDisclosure = (familyId: string, input: RecordDisclosure) =>
  api<Disclosure>(familyPath(familyId, '/disclosures'), { method: 'POST', body: input });
