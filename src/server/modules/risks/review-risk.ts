import { todayInLondon } from '../../../core/dates';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { notFound, staleVersion } from '../../platform/errors';
import { openFlagForChange } from './open-flag';
import { presentRisk } from './present';
import { findFlag, updateActiveFlag } from './queries';
import type { ReviewRisk, RiskFlag } from './schemas';

/** Reviews an active flag: a new level, summary or next review date. Version-checked. */
export async function reviewRisk({
  ctx,
  id,
  input,
}: {
  ctx: ServiceCtx;
  id: string;
  input: ReviewRisk;
}): Promise<RiskFlag> {
  return withinService(ctx, async (tx, actor) => {
    const { row } = await openFlagForChange(tx, ctx, id);
    const changes = {
      ...(input.level !== undefined ? { level: input.level } : {}),
      ...(input.summary !== undefined ? { summary: input.summary } : {}),
      ...(input.reviewOn !== undefined ? { reviewOn: input.reviewOn } : {}),
    };
    if ((await updateActiveFlag(tx, ctx.serviceId, id, input.version, changes)) === 0) {
      throw staleVersion('this risk flag');
    }
    const after = await findFlag(tx, ctx.serviceId, id);
    if (!after) throw notFound('The risk flag');
    await audit(tx, actor, {
      action: 'risk.reviewed',
      entityType: 'risk',
      entityId: id,
      // Which parts changed, and the codes; never the summary's text.
      details: {
        familyId: row.familyId,
        type: row.type,
        level: after.level,
        changed: Object.keys(changes).sort(),
      },
    });
    return presentRisk(after, todayInLondon());
  });
}
