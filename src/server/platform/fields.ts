import { z } from 'zod';
import { isIsoDate, todayInLondon } from '../../core/dates';
import { normalisePostcode } from '../../core/eligibility';
import { checkNhsNumber } from '../../core/nhs-number';

/** Field schemas shared by every module's input, so a name or a date is checked the same way everywhere. */

/** Trimmed text up to `max` characters; with `required`, that message when it is left empty. */
export const text = (max: number, required?: string) =>
  required
    ? z.string().trim().min(1, required).max(max, `Must be ${max} characters or fewer`)
    : z.string().trim().max(max, `Must be ${max} characters or fewer`);

/** Optional text where an empty answer (or null) means "not given". */
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v === '' || v === null ? undefined : v));

export const IsoDate = z.string().refine(isIsoDate, 'Enter a real date');

export const pastDate = (what: string) =>
  IsoDate.refine((d) => d <= todayInLondon(), `${what} must be today or in the past`);

export const NhsNumber = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .superRefine((v, ctx) => {
    const check = checkNhsNumber(v);
    if (!check.valid) ctx.addIssue({ code: 'custom', message: check.reason });
  });

export const Postcode = z.string().transform((v, ctx) => {
  const p = normalisePostcode(v);
  if (!p) {
    ctx.addIssue({ code: 'custom', message: 'Enter a full UK postcode, like OX4 1AB' });
    return z.NEVER;
  }
  return p;
});

export const Email = z.string().trim().max(254).pipe(z.email('Enter an email address like name@example.com'));

/** An optional field whose empty answer (or null) means "not given". */
export const blankable = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal('').transform(() => undefined), z.null().transform(() => undefined), schema.optional()]);

export const Version = z.number().int().min(1);
