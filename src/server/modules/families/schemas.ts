import { z } from 'zod';
import { PRIORITY_CODES } from '../../../core/referral-options';

export const FamilyId = z.object({ id: z.uuid('Not a family id') });

export const Allocate = z
  .object({
    version: z.number().int().min(1),
    practitionerId: z.uuid('Choose a practitioner'),
    coWorkerId: z.uuid('Choose a co-worker').nullable().default(null),
  })
  .refine((v) => v.coWorkerId !== v.practitionerId, {
    path: ['coWorkerId'],
    message: 'The co-worker must be someone else',
  });
export type Allocate = z.infer<typeof Allocate>;

export const FamilySummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    reference: z.string(),
    source: z.string(),
    status: z.enum(['waiting', 'allocated', 'discharged']),
    priority: z.enum(PRIORITY_CODES),
    referralDate: z.string(),
    daysWaiting: z.number().int(),
    waitBand: z.enum(['within', 'near', 'over']),
    practitioner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    coWorker: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    allocatedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'FamilySummary' });

export const WaitingList = z.object({ targetWeeks: z.number().int(), families: z.array(FamilySummary) });
export const Caseload = z.object({ families: z.array(FamilySummary) });
export const Allocatable = z.object({
  people: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.string(), caseload: z.number().int() })),
});
