import { z } from 'zod';
import { CONSENT_SOUGHT_CODES, LAWFUL_BASIS_CODES } from '../../../core/family-options';
import { optionalText, pastDate, text } from '../../platform/fields';

export const RecordDisclosure = z.object({
  disclosedOn: pastDate('The date shared'),
  recipient: text(200, 'Enter who the information was shared with'),
  recipientOrganisation: optionalText(200),
  information: text(4000, 'Describe what was shared'),
  personIds: z
    .array(z.uuid('Choose people in this family'))
    .min(1, 'Choose who the information was about')
    .max(50, 'Choose at most 50 people'),
  lawfulBasis: z.enum(LAWFUL_BASIS_CODES, 'Choose the lawful basis for sharing'),
  consent: z.enum(CONSENT_SOUGHT_CODES, 'Say whether consent was sought'),
  reason: text(4000, 'Say why it was shared'),
});
export type RecordDisclosure = z.infer<typeof RecordDisclosure>;

export const Disclosure = z
  .object({
    id: z.uuid(),
    disclosedOn: z.string(),
    recipient: z.string(),
    recipientOrganisation: z.string().nullable(),
    information: z.string(),
    personIds: z.array(z.uuid()),
    lawfulBasis: z.enum(LAWFUL_BASIS_CODES),
    consent: z.enum(CONSENT_SOUGHT_CODES),
    reason: z.string(),
    recordedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'Disclosure' });
export type Disclosure = z.infer<typeof Disclosure>;

export const DisclosureList = z.object({ disclosures: z.array(Disclosure) });
