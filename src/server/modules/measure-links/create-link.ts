import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { openFamily } from '../families';
import { serviceMeasure } from '../measures';
import { requireLinkWriter } from './policy';
import { presentLink } from './present';
import { findActiveCarer, findLink, insertLink } from './queries';
import type { CreateLink } from './schemas';
import { hashToken, linkPath, newToken } from './token';

const DAY_MS = 86_400_000;

/**
 * Creates a single-use link for a parent to complete a questionnaire without an account. The token
 * is answered once, in the address to send; only its SHA-256 is stored, so nobody (not even
 * someone reading the database) can open the link later. A measure whose licence keeps its wording
 * out of Haven is refused until the service loads the wording: a parent cannot answer numbered
 * blanks. Practitioners and managers, on an open record.
 */
export async function createMeasureLink({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: CreateLink;
}) {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireLinkWriter(access);
    const carer = await findActiveCarer(tx, ctx.serviceId, familyId, input.personId);
    if (!carer) {
      throw new AppError('VALIDATION', 'Choose a parent or carer who is part of this family.', {
        fields: [{ path: 'personId', message: 'Choose a parent or carer who is part of this family' }],
      });
    }
    const measureId = input.measureId;
    const measure = await serviceMeasure(tx, ctx.serviceId, measureId);
    if (measure.wording === 'not-loaded') {
      throw new AppError(
        'PRECONDITION_FAILED',
        `The ${measure.shortName} cannot be sent to a parent yet: its wording is licensed separately and your service admin has not loaded it. You can still enter the answers yourself.`,
      );
    }
    const token = newToken();
    const id = uuidv7();
    await insertLink(tx, {
      serviceId: ctx.serviceId,
      id,
      familyId,
      personId: carer.id,
      measureId,
      timepoint: input.timepoint,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + input.days * DAY_MS),
      createdBy: ctx.userId,
    });
    const row = await findLink(tx, ctx.serviceId, id);
    if (!row) throw notFound('The link');
    await audit(tx, actor, {
      action: 'measure-link.created',
      entityType: 'measure-link',
      entityId: id,
      details: { familyId, measureId, timepoint: input.timepoint, days: input.days },
    });
    return { link: presentLink(row), url: linkPath(token) };
  });
}
