import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { openFamily, requireClinical } from '../families';
import { presentDisclosure } from './present';
import { findDisclosure, insertDisclosure, peopleOfFamily } from './queries';
import type { Disclosure, RecordDisclosure } from './schemas';

/**
 * Records that a family's information was shared outside the service. The log is append-only (the
 * database grants no UPDATE or DELETE): a correction is a new entry. Allowed on a discharged record
 * too, since information can be shared after discharge.
 */
export async function recordDisclosure({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: RecordDisclosure;
}): Promise<Disclosure> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireClinical(access);
    const personIds = [...new Set(input.personIds)];
    const known = await peopleOfFamily(tx, ctx.serviceId, familyId, personIds);
    if (personIds.some((id) => !known.has(id))) {
      throw new AppError('VALIDATION', 'Choose the people the information was about from this family.', {
        fields: [{ path: 'body.personIds', message: 'Choose people in this family' }],
      });
    }
    const id = uuidv7();
    await insertDisclosure(tx, {
      serviceId: ctx.serviceId,
      id,
      familyId,
      disclosedOn: input.disclosedOn,
      recipient: input.recipient,
      recipientOrganisation: input.recipientOrganisation ?? null,
      information: input.information,
      personIds,
      lawfulBasis: input.lawfulBasis,
      consent: input.consent,
      reason: input.reason,
      recordedBy: ctx.userId,
    });
    const row = await findDisclosure(tx, ctx.serviceId, id);
    if (!row) throw notFound('The disclosure');
    await audit(tx, actor, {
      action: 'disclosure.recorded',
      entityType: 'disclosure',
      entityId: id,
      details: { familyId, lawfulBasis: input.lawfulBasis, consent: input.consent },
    });
    return presentDisclosure(row);
  });
}
