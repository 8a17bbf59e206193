import { MEASURE_IDS, MEASURES } from '../../../core/measures/catalogue';
import { answerCount } from '../../../core/measures/score';
import type { MeasureDefinition, MeasureId } from '../../../core/measures/types';
import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError, staleVersion, type FieldError } from '../../platform/errors';
import { policy } from './policy';
import { insertText, listTexts, updateText, type TextRow } from './queries';
import type { LoadWording, MeasureWording } from './schemas';

/** The measures whose licence keeps their wording out of Haven: a service loads its own. */
const RESTRICTED: MeasureDefinition[] = MEASURE_IDS.map((id) => MEASURES[id]).filter(
  (def) => def.licence.itemText === 'service-loaded',
);

function presentWording(def: MeasureDefinition, row: TextRow | undefined): MeasureWording {
  return {
    measureId: def.id,
    name: def.name,
    shortName: def.shortName,
    licence: { name: def.licence.name, notice: def.licence.notice, citation: def.licence.citation },
    itemCount: def.items.length,
    answerCount: answerCount(def),
    reverseItems: def.items.filter((i) => i.reverse).map((i) => i.number),
    loaded: row !== undefined,
    wording: row
      ? {
          instructions: row.instructions,
          items: row.items,
          answers: row.answers,
          licenceHeld: row.licenceHeld,
          loadedAt: row.updatedAt.toISOString(),
          loadedBy: row.loadedByName,
        }
      : null,
    version: row?.version ?? 0,
  };
}

/** The restricted measures, each with whether this service has loaded its wording. Admins only. */
export async function listMeasureWording({ ctx }: { ctx: ServiceCtx }): Promise<{ measures: MeasureWording[] }> {
  authorize(ctx, policy.wording);
  return withinService(ctx, async (tx) => {
    const rows = new Map((await listTexts(tx, ctx.serviceId)).map((r) => [r.measureId, r]));
    return { measures: RESTRICTED.map((def) => presentWording(def, rows.get(def.id))) };
  });
}

/** Problems with wording that does not fit the measure's items and printed answers, by field. */
function shapeProblems(def: MeasureDefinition, input: LoadWording): FieldError[] {
  const items = def.items.length;
  const answers = answerCount(def);
  const problems: FieldError[] = [];
  if (input.items.length !== items)
    problems.push({
      path: 'items',
      message: `Enter the wording of all ${items} items; ${input.items.length} were given`,
    });
  if (input.answers.length !== items)
    problems.push({
      path: 'answers',
      message: `Enter the printed answers for all ${items} items; ${input.answers.length} were given`,
    });
  input.answers.forEach((a, i) => {
    if (i < items && a.length !== answers)
      problems.push({
        path: `answers.${i}`,
        message: `Item ${i + 1}: enter all ${answers} printed answers, in the order printed`,
      });
  });
  return problems;
}

/**
 * Loads (or corrects) a service's own licensed wording of a measure Haven may not ship, such as the
 * EPDS: the instructions, each item's text and its printed answers in print order. Nothing else
 * changes: the scoring stays Haven's, so for a reverse-scored item the first printed answer scores
 * highest. Admins only; version-checked; audited without the wording. Row-level security keeps it
 * to this service.
 */
export async function loadMeasureWording({
  ctx,
  measureId,
  input,
}: {
  ctx: ServiceCtx;
  measureId: MeasureId;
  input: LoadWording;
}): Promise<MeasureWording> {
  authorize(ctx, policy.wording);
  const def = RESTRICTED.find((d) => d.id === measureId);
  if (!def) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `${MEASURES[measureId].shortName} does not need its wording loaded: ${MEASURES[measureId].licence.itemText === 'included' ? 'Haven already includes it' : 'its items are in the family’s own words'}.`,
    );
  }
  const problems = shapeProblems(def, input);
  if (problems.length > 0) {
    throw new AppError('VALIDATION', `The wording does not fit the ${def.shortName}.`, { fields: problems });
  }
  return withinService(ctx, async (tx, actor) => {
    const values = {
      instructions: input.instructions,
      items: input.items,
      answers: input.answers,
      licenceHeld: input.licenceHeld,
      loadedBy: ctx.userId,
    };
    const version = input.version ?? 0;
    const saved =
      version === 0
        ? await insertText(tx, ctx.serviceId, def.id, values)
        : await updateText(tx, ctx.serviceId, def.id, version, values);
    if (!saved) throw staleVersion(`the ${def.shortName} wording`);
    const row = (await listTexts(tx, ctx.serviceId)).find((r) => r.measureId === def.id);
    await audit(tx, actor, {
      action: 'measure-wording.loaded',
      entityType: 'measure-wording',
      entityId: def.id,
      details: { measureId: def.id, version: row?.version ?? version + 1, replaced: version > 0 },
    });
    return presentWording(def, row);
  });
}
