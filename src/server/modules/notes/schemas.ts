import { z } from 'zod';
import { isIsoDate, todayInLondon } from '../../../core/dates';

/** The longest a note can be: several pages of text, far beyond any one contact's record. */
export const NOTE_MAX_LENGTH = 50_000;

export const NoteId = z.object({ id: z.uuid('Not a case note id') });

const NoteDate = z
  .string()
  .refine(isIsoDate, 'Enter a real date')
  .refine((d) => d <= todayInLondon(), 'The date of a note must be today or in the past');

// Not trimmed: clinicians' layout (paragraphs, indents) is part of what they wrote.
const Body = z
  .string('Write the note as text')
  .max(NOTE_MAX_LENGTH, `A note can be up to ${NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters`);

const Version = z.number('Send the version of the note you are editing').int().min(1);

export const NoteSearch = z.object({
  q: z
    .string()
    .trim()
    .max(200, 'Search for 200 characters or fewer')
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .describe('Only notes whose text contains this (any case), with the note of any matching addendum'),
});
export type NoteSearch = z.infer<typeof NoteSearch>;

export const StartDraft = z.object({
  noteDate: NoteDate.optional().describe('The day of the contact or event; today if left out'),
  body: Body.default('').describe('Drafts may start empty and be saved as they are written'),
});
export type StartDraft = z.infer<typeof StartDraft>;

export const SaveDraft = z.object({ version: Version, body: Body, noteDate: NoteDate });
export type SaveDraft = z.infer<typeof SaveDraft>;

export const SignNote = z.object({ version: Version });
export type SignNote = z.infer<typeof SignNote>;

export const StartAddendum = z.object({
  body: Body.default(''),
  noteDate: NoteDate.optional().describe('Today if left out'),
});
export type StartAddendum = z.infer<typeof StartAddendum>;

export const DiscardDraft = z.object({ version: Version });
export type DiscardDraft = z.infer<typeof DiscardDraft>;

export const CaseNote = z
  .object({
    id: z.uuid(),
    noteDate: z.string(),
    body: z.string(),
    status: z.enum(['draft', 'signed']),
    author: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.string(),
    updatedAt: z.string(),
    signedAt: z.string().nullable(),
    addendumTo: z.uuid().nullable().describe('The signed note this addendum follows, or null for a note'),
    addenda: z
      .array(z.uuid())
      .describe("Ids of this note's addenda that appear in the same list, in time order (empty on an addendum)"),
    version: z.number().int(),
    mine: z.boolean().describe('The caller wrote this note'),
  })
  .meta({ id: 'CaseNote' });

export const CaseNoteList = z
  .object({
    notes: z
      .array(CaseNote)
      .describe(
        "Signed notes and the caller's own drafts, flat and in time order (note date, then signed or started). " +
          'Addenda are in the list too; each names its note in addendumTo, and each note lists its addenda by id, ' +
          'so a page can show them beneath it. Other people’s drafts are never included.',
      ),
  })
  .meta({ id: 'CaseNoteList' });
