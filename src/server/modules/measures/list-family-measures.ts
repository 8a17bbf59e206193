import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { openFamily } from '../families';
import { requireMeasures } from './policy';
import { buildSeries, presentGoal, presentResult, presentScore } from './present';
import { listGoals, listPeople, listResults, listScores } from './queries';
import type { FamilyMeasures } from './schemas';

/** How a person without a recorded name is shown (a baby not yet named). */
const unnamed = (kind: 'carer' | 'baby') => (kind === 'baby' ? 'Baby (no name recorded)' : 'Carer (no name recorded)');

/**
 * A family's outcome measures: every result (newest first, withdrawn ones marked), the goals, the
 * scores from other tools, the people they can be about, and the lines to chart with the change
 * from first to latest. Practitioners and managers only; the read is audited.
 */
export async function listFamilyMeasures({
  ctx,
  familyId,
}: {
  ctx: ServiceCtx;
  familyId: string;
}): Promise<FamilyMeasures> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireMeasures(access);
    const [resultRows, goalRows, scoreRows, people] = [
      await listResults(tx, ctx.serviceId, familyId),
      await listGoals(tx, ctx.serviceId, familyId),
      await listScores(tx, ctx.serviceId, familyId),
      await listPeople(tx, ctx.serviceId, familyId),
    ];
    const results = resultRows.map(presentResult);
    const goals = goalRows.map(presentGoal);
    await audit(tx, actor, {
      action: 'measures.read',
      entityType: 'family',
      entityId: familyId,
      details: { familyId },
    });
    return {
      results,
      goals,
      scoredElsewhere: scoreRows.map(presentScore),
      people: people.map((p) => ({ id: p.id, name: p.name ?? unnamed(p.kind), kind: p.kind, active: p.active })),
      series: buildSeries(results, goals),
    };
  });
}
