import { MEASURES } from '../../../core/measures/catalogue';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound, staleVersion } from '../../platform/errors';
import { openResult } from './open-result';
import { requireRecord } from './policy';
import { presentResult } from './present';
import { findResult, updateResult } from './queries';
import type { MeasureResult, WithdrawResult } from './schemas';

/**
 * Withdraws a result entered in error: it stays in the record, marked, with the reason, and leaves
 * the charts and the change. Version-checked.
 */
export async function withdrawResult({
  ctx,
  id,
  input,
}: {
  ctx: ServiceCtx;
  id: string;
  input: WithdrawResult;
}): Promise<MeasureResult> {
  return withinService(ctx, async (tx, actor) => {
    const { row, access } = await openResult(tx, ctx, id);
    requireRecord(access);
    if (row.result.withdrawnAt) {
      throw new AppError('PRECONDITION_FAILED', 'This result has already been withdrawn.');
    }
    const changed = await updateResult(tx, ctx.serviceId, id, input.version, {
      withdrawnAt: new Date(),
      withdrawnReason: input.reason,
    });
    if (changed === 0) throw staleVersion(`this ${MEASURES[row.result.measureId].shortName} result`);
    const after = await findResult(tx, ctx.serviceId, id);
    if (!after) throw notFound('The measure result');
    await audit(tx, actor, {
      action: 'measure.withdrawn',
      entityType: 'measure-result',
      entityId: id,
      details: { familyId: row.result.familyId, measureId: row.result.measureId },
    });
    return presentResult(after);
  });
}
