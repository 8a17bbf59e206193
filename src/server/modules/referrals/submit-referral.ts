import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { todayInLondon } from '../../../core/dates';
import { assessEligibility } from '../../../core/eligibility';
import { makeReferenceCode } from '../../../core/reference-code';
import { describeMatch, identityKeys } from '../../../core/referral-identity';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { inScope, setScope } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import {
  findByIdempotencyKey,
  findMatches,
  findServiceBySlug,
  insertEvent,
  insertIdentities,
  insertReferral,
} from './queries';
import type { SubmitReferral } from './schemas';
import { settingsOf } from './settings';

type Duplicate = { kind: 'referral' | 'family'; id: string; reference: string; why: string };

export type Receipt = { reference: string; eligibility: 'eligible' | 'ineligible' | 'check'; immediateRisk: boolean };

const newReference = () => makeReferenceCode((n) => randomInt(n));

/**
 * Receives a referral from the public form. Nothing is turned away: an ineligible referral or a
 * possible duplicate is recorded and flagged for the coordinator. The same submission id sent
 * twice (a retry, a double click) answers the first receipt and creates nothing new.
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
  const referralDate = todayInLondon();
  const keys = identityKeys([...input.parents, ...(input.baby.kind === 'born' ? [input.baby] : [])]);
  const { website: _honeypot, submissionId, ...submission } = input;

  // One transaction: find the service by its public address, then act within it.
  return inScope(ctx.db, { serviceId: null, userId: null }, async (tx) => {
    const service = await findServiceBySlug(tx, slug);
    if (!service) throw notFound('The service');
    await setScope(tx, { serviceId: service.id, userId: null });
    const eligibility = assessEligibility(
      {
        referralDate,
        babyDateOfBirth: input.baby.kind === 'born' ? input.baby.dateOfBirth : null,
        dueDate: input.baby.kind === 'expected' ? input.baby.dueDate : null,
        postcode: input.postcode ?? null,
      },
      settingsOf(service),
    );
    const id = uuidv7();
    const matches = await findMatches(tx, service.id, keys, id);
    const byRecord = new Map<string, Duplicate>();
    for (const m of matches) {
      const dup: Duplicate =
        m.familyId && m.familyStatus
          ? { kind: 'family', id: m.familyId, reference: m.reference, why: describeMatch(m.key) }
          : { kind: 'referral', id: m.referralId, reference: m.reference, why: describeMatch(m.key) };
      byRecord.set(`${dup.kind}:${dup.id}`, dup);
    }
    const row = {
      serviceId: service.id,
      id,
      route: input.route,
      source: input.route === 'self' ? 'self' : input.referrer.role,
      referralDate,
      submission,
      immediateRisk: input.immediateRisk,
      eligibility: eligibility.status,
      eligibilityReasons: eligibility.reasons,
      possibleDuplicates: [...byRecord.values()],
      idempotencyKey: submissionId,
    };
    // The unique constraints decide: a seen submission id answers the first receipt; a reference
    // code that happens to be taken (about one chance in three billion) is drawn again.
    let reference = newReference();
    while (!(await insertReferral(tx, { ...row, reference }))) {
      const earlier = await findByIdempotencyKey(tx, service.id, submissionId);
      if (earlier) return earlier;
      reference = newReference();
    }
    await insertIdentities(tx, service.id, id, keys);
    await insertEvent(tx, {
      serviceId: service.id,
      referralId: id,
      actorUserId: null,
      kind: 'received',
      details: {
        route: input.route,
        eligibility: eligibility.status,
        possibleDuplicates: row.possibleDuplicates.length,
      },
    });
    await audit(
      tx,
      { serviceId: service.id, userId: null, requestId: ctx.requestId, clientAddress: ctx.clientAddress },
      { action: 'referral.received', entityType: 'referral', entityId: id },
    );
    return { reference, eligibility: eligibility.status, immediateRisk: input.immediateRisk };
  });
}
