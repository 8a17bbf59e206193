import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { openFamily } from '../families';
import { requireRecord } from './policy';
import { presentScore } from './present';
import { findScore, insertScore, listPeople } from './queries';
import type { RecordScoredElsewhere, ScoredElsewhere } from './schemas';

/**
 * Records a score from an observational or publisher-owned tool (PIIOS, CARE-Index, ASQ:SE-2…): the
 * tool, the date, the score or the tool's own reading of it, and whom it is about. Never any item
 * content: those tools' items and manuals are not Haven's to hold.
 */
export async function recordScoredElsewhere({
  ctx,
  familyId,
  input,
}: {
  ctx: ServiceCtx;
  familyId: string;
  input: RecordScoredElsewhere;
}): Promise<ScoredElsewhere> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireRecord(access);
    if (input.personId) {
      const people = await listPeople(tx, ctx.serviceId, familyId);
      if (!people.some((p) => p.id === input.personId && p.active)) {
        throw new AppError('VALIDATION', "Choose one of the family's carers or babies, or the family as a whole.", {
          fields: [{ path: 'body.personId', message: "Choose one of the family's carers or babies" }],
        });
      }
    }
    const id = uuidv7();
    await insertScore(tx, {
      serviceId: ctx.serviceId,
      id,
      familyId,
      personId: input.personId ?? null,
      tool: input.tool,
      toolName: input.tool === 'other' ? (input.toolName ?? null) : null,
      timepoint: input.timepoint,
      scoredOn: input.scoredOn,
      score: input.score ?? null,
      result: input.result ?? null,
      notes: input.notes ?? null,
      recordedBy: ctx.userId,
    });
    const row = await findScore(tx, ctx.serviceId, id);
    if (!row) throw notFound('The score');
    await audit(tx, actor, {
      action: 'scored-elsewhere.recorded',
      entityType: 'external-score',
      entityId: id,
      details: { familyId, tool: input.tool, timepoint: input.timepoint },
    });
    return presentScore(row);
  });
}
