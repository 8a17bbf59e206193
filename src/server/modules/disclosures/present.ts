import type { DisclosureRow } from './queries';
import type { Disclosure } from './schemas';

/** One entry of the disclosure log, as its clinical readers see it. */
export function presentDisclosure(row: DisclosureRow): Disclosure {
  return {
    id: row.id,
    disclosedOn: row.disclosedOn,
    recipient: row.recipient,
    recipientOrganisation: row.recipientOrganisation,
    information: row.information,
    personIds: row.personIds,
    lawfulBasis: row.lawfulBasis,
    consent: row.consent,
    reason: row.reason,
    recordedBy: row.recordedById && row.recordedByName ? { id: row.recordedById, name: row.recordedByName } : null,
    recordedAt: row.createdAt.toISOString(),
  };
}
