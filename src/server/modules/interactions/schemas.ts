import { z } from 'zod';
import { checkCoding, INTERACTION_CODES, MAX_DURATION_MS, MAX_EVENTS } from '../../../core/interaction';
import { optionalText, pastDate, Version } from '../../platform/fields';

export const InteractionId = z.object({ id: z.uuid('Not an interaction observation id') });

export const INTERACTION_SOURCES = ['live', 'recording'] as const;

const Event = z.object({
  atMs: z.number('Give the event’s time in milliseconds'),
  code: z.enum(INTERACTION_CODES, 'Use bid, contingent, missed, intrusive or repair'),
});

export const RecordInteraction = z
  .object({
    childId: z.uuid('Choose the baby'),
    carerId: z.uuid('Choose the carer'),
    observedOn: pastDate('The date observed'),
    source: z.enum(INTERACTION_SOURCES, 'Say whether it was coded live or from a recording'),
    context: optionalText(200).describe('Where and what: a feed, a nappy change, play on the mat'),
    durationMs: z
      .number('Give the coding time in milliseconds')
      .describe(`Coding time, pauses excluded: 1 ms to ${MAX_DURATION_MS} ms (2 hours)`),
    events: z
      .array(Event, 'Give the coded events')
      .describe(`In time order, each within the duration; at most ${MAX_EVENTS}`),
    notes: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    // One check, shared with the coder, so what the page makes is what the server accepts.
    for (const p of checkCoding(v.durationMs, v.events))
      ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });
export type RecordInteraction = z.infer<typeof RecordInteraction>;

export const UpdateInteraction = z
  .object({
    version: Version,
    context: optionalText(200).optional(),
    notes: optionalText(4000).optional(),
  })
  .refine((v) => 'context' in v || 'notes' in v, 'Change the context or the notes');
export type UpdateInteraction = z.infer<typeof UpdateInteraction>;

const Person = z.object({ id: z.uuid(), name: z.string() });

export const InteractionMetrics = z.object({
  bids: z.number().int(),
  bidsMet: z.number().int(),
  contingencyRate: z.number().nullable(),
  mismatches: z.number().int(),
  repaired: z.number().int(),
  shareRepaired: z.number().nullable(),
  medianRepairMs: z.number().nullable(),
});

export const InteractionObservation = z
  .object({
    id: z.uuid(),
    child: Person,
    carer: Person,
    observedOn: z.string(),
    source: z.enum(INTERACTION_SOURCES),
    context: z.string().nullable(),
    durationMs: z.number().int(),
    events: z.array(z.object({ atMs: z.number().int(), code: z.enum(INTERACTION_CODES) })),
    notes: z.string().nullable(),
    codedBy: Person.nullable(),
    /** Computed from the events by the core, each time: never stored. */
    metrics: InteractionMetrics,
    version: z.number().int(),
  })
  .meta({ id: 'InteractionObservation' });
export type InteractionObservation = z.infer<typeof InteractionObservation>;

export const InteractionList = z.object({
  observations: z.array(InteractionObservation),
  /** Whom a new observation can be of: the family's current carers and born babies. */
  carers: z.array(Person),
  babies: z.array(Person.extend({ dateOfBirth: z.string() })),
  /** The caller may code and save observations (a clinical role, on an open record). */
  canWrite: z.boolean(),
});
export type InteractionList = z.infer<typeof InteractionList>;
