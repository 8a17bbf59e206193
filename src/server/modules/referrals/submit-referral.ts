import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { todayInLondon } from '../../../core/dates';
import { assessEligibility } from '../../../core/eligibility';
import { makeReferenceCode } from '../../../core/reference-code';
import type { Ctx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { drainSoon } from './process-inbox';
import { serviceBySlug } from './public-services';
import { receiveReferral } from './queries';
import type { SubmitReferral } from './schemas';

export type Receipt = { reference: string; eligibility: 'eligible' | 'ineligible' | 'check'; immediateRisk: boolean };

const newReference = () => makeReferenceCode((n) => randomInt(n));

/**
 * Receives a referral from the public form. The answer comes only once the submission is
 * committed; it becomes a referral in the triage queue moments later (see process-inbox).
 * Nothing is turned away: ineligible referrals and possible duplicates are recorded and flagged.
 * The same submission id sent twice (a retry, a double click) answers the first receipt.
 */
export async function submitReferral({
  ctx,
  slug,
  input,
}: {
  ctx: Ctx;
  slug: string;
  input: SubmitReferral;
}): Promise<Receipt> {
  if (input.website) throw new AppError('VALIDATION', 'This form could not be accepted. Please try again.');
  const found = await serviceBySlug(ctx.db, slug);
  if (!found) throw notFound('The service');
  const { service, settings } = found;
  const referralDate = todayInLondon();
  const eligibility = assessEligibility(
    {
      referralDate,
      babyDateOfBirth: input.baby.kind === 'born' ? input.baby.dateOfBirth : null,
      dueDate: input.baby.kind === 'expected' ? input.baby.dueDate : null,
      postcode: input.postcode ?? null,
    },
    settings,
  );
  const { website: _honeypot, submissionId, ...payload } = input;
  const row = {
    serviceId: service.id,
    id: uuidv7(),
    submissionId,
    referralDate,
    payload,
    eligibility: eligibility.status,
    eligibilityReasons: eligibility.reasons,
    immediateRisk: input.immediateRisk,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
  };
  // One statement, committed on its own: the unique constraints decide. A seen submission id
  // answers the first receipt; a reference that happens to be taken (about one chance in three
  // billion) is drawn again.
  let receipt = null;
  while (!receipt) receipt = await receiveReferral(ctx.db, { ...row, reference: newReference() });
  drainSoon(ctx.db, service.id);
  return receipt;
}
