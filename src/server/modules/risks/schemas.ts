import { z } from 'zod';
import { addMonths, todayInLondon } from '../../../core/dates';
import { RISK_LEVEL_CODES, RISK_TYPE_CODES } from '../../../core/family-options';
import { IsoDate, pastDate, text, Version } from '../../platform/fields';

/** How far ahead a review can be set: a flag nobody looks at for longer is not being managed. */
export const MAX_REVIEW_MONTHS = 24;

export const RiskId = z.object({ id: z.uuid('Not a risk flag id') });

export const RaiseRisk = z
  .object({
    type: z.enum(RISK_TYPE_CODES, 'Choose the kind of risk'),
    level: z.enum(RISK_LEVEL_CODES, 'Choose high, medium or low'),
    summary: text(2000, 'Describe the risk'),
    raisedOn: pastDate('The date raised').optional().describe('Defaults to today'),
    reviewOn: IsoDate,
  })
  .superRefine((v, ctx) => {
    const raisedOn = v.raisedOn ?? todayInLondon();
    if (v.reviewOn < raisedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewOn'],
        message: 'The review date must be on or after the date raised',
      });
    } else if (v.reviewOn > addMonths(raisedOn, MAX_REVIEW_MONTHS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewOn'],
        message: 'The review date must be within 2 years of the date raised',
      });
    }
  });
export type RaiseRisk = z.infer<typeof RaiseRisk>;

export const ReviewRisk = z
  .object({
    version: Version,
    level: z.enum(RISK_LEVEL_CODES, 'Choose high, medium or low').optional(),
    summary: text(2000, 'Describe the risk').optional(),
    reviewOn: IsoDate.refine((d) => d >= todayInLondon(), 'The next review date must be today or later')
      .refine((d) => d <= addMonths(todayInLondon(), MAX_REVIEW_MONTHS), 'The next review must be within 2 years')
      .optional(),
  })
  .refine(
    (v) => v.level !== undefined || v.summary !== undefined || v.reviewOn !== undefined,
    'Change the level, the summary or the next review date',
  );
export type ReviewRisk = z.infer<typeof ReviewRisk>;

export const CloseRisk = z.object({
  version: Version,
  reason: text(1000, 'Say why the flag is being closed'),
  closedOn: pastDate('The date closed').optional().describe('Defaults to today'),
});
export type CloseRisk = z.infer<typeof CloseRisk>;

const Person = z.object({ id: z.uuid(), name: z.string() });

export const RiskFlag = z
  .object({
    id: z.uuid(),
    type: z.enum(RISK_TYPE_CODES),
    level: z.enum(RISK_LEVEL_CODES),
    summary: z.string(),
    raisedOn: z.string(),
    reviewOn: z.string(),
    raisedBy: Person.nullable(),
    closedOn: z.string().nullable(),
    closedReason: z.string().nullable(),
    /** Active, and its review date has passed. */
    overdue: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'RiskFlag' });
export type RiskFlag = z.infer<typeof RiskFlag>;

export const RiskList = z.object({ risks: z.array(RiskFlag) });
