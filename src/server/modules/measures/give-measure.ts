import { MEASURES } from '../../../core/measures/catalogue';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { openFamily } from '../families';
import { requireRecord } from './policy';
import { presentResult } from './present';
import { findResult, listPeople } from './queries';
import type { GiveMeasure, MeasureResult } from './schemas';
import { storeResult } from './store-result';

/**
 * Records a questionnaire the practitioner gave a parent or carer at a time point, scored by the
 * core engine. A critical answer (PHQ-9 item 9) makes the result an alert for the allocated
 * practitioner until it is acknowledged. The answers never reach the audit trail.
 */
export async function giveMeasure({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: GiveMeasure;
}): Promise<MeasureResult> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireRecord(access);
    const people = await listPeople(tx, ctx.serviceId, familyId);
    if (!people.some((p) => p.id === input.personId && p.kind === 'carer' && p.active)) {
      throw new AppError(
        'VALIDATION',
        `Choose one of the family's parents or carers for the ${MEASURES[input.measureId].shortName}.`,
        {
          fields: [{ path: 'body.personId', message: "Choose one of the family's parents or carers" }],
        },
      );
    }
    const { id, scored } = await storeResult(tx, {
      serviceId: ctx.serviceId,
      familyId,
      personId: input.personId,
      measureId: input.measureId,
      timepoint: input.timepoint,
      completedOn: input.completedOn,
      mode: 'practitioner',
      responses: input.responses,
      recordedBy: ctx.userId,
    });
    const row = await findResult(tx, ctx.serviceId, id);
    if (!row) throw notFound('The measure result');
    await audit(tx, actor, {
      action: 'measure.recorded',
      entityType: 'measure-result',
      entityId: id,
      details: {
        familyId,
        measureId: input.measureId,
        timepoint: input.timepoint,
        critical: scored.criticalItems.length > 0,
      },
    });
    return presentResult(row);
  });
}
