import { v7 as uuidv7 } from 'uuid';
import { MEASURES } from '../../../core/measures/catalogue';
import { responseProblems, scoreMeasure } from '../../../core/measures/score';
import type { MeasureId, Responses, ScoredMeasure } from '../../../core/measures/types';
import type { EntryMode, Timepoint } from '../../../core/measures/catalogue';
import { measureResults } from '../../db/schema-outcomes';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors';

export type NewResult = {
  serviceId: string;
  familyId: string;
  personId: string | null;
  measureId: MeasureId;
  timepoint: Timepoint;
  completedOn: string;
  mode: EntryMode;
  responses: Responses;
  goals?: { goalId: string; text: string }[] | null;
  linkId?: string | null;
  /** The user who entered it; null when a parent completed it through a link. */
  recordedBy: string | null;
};

/**
 * Scores a completed measure with the core engine and stores it with the definition's version. The
 * caller has already checked who may record it and that the person belongs to the family; this
 * refuses answers that are not among the printed answers, naming the item. Answers the new row's id
 * and its scores.
 */
export async function storeResult(tx: Tx, input: NewResult): Promise<{ id: string; scored: ScoredMeasure }> {
  const def = MEASURES[input.measureId];
  const problems = responseProblems(def, input.responses);
  if (problems.length > 0) {
    throw new AppError('VALIDATION', `Some answers to the ${def.shortName} could not be used.`, {
      fields: problems.map((p) => ({
        path: p.item > 0 ? `responses.${p.item - 1}` : 'responses',
        message: p.message,
      })),
    });
  }
  const scored = scoreMeasure(def, input.responses);
  const id = uuidv7();
  await tx.insert(measureResults).values({
    serviceId: input.serviceId,
    id,
    familyId: input.familyId,
    personId: input.personId,
    measureId: input.measureId,
    measureVersion: def.version,
    timepoint: input.timepoint,
    completedOn: input.completedOn,
    mode: input.mode,
    responses: input.responses,
    goals: input.goals ?? null,
    complete: scored.complete,
    total: scored.total,
    prorated: scored.prorated,
    subscales: scored.subscales,
    band: scored.band,
    criticalItems: scored.criticalItems,
    linkId: input.linkId ?? null,
    recordedBy: input.recordedBy,
  });
  return { id, scored };
}
