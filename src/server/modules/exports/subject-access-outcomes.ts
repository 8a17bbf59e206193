import { storedEvents, summariseInteraction } from '../../../core/interaction';
import { MEASURES, SCORED_ELSEWHERE_TOOLS } from '../../../core/measures/catalogue';
import type { Tx } from '../../platform/db';
import { serviceMeasures } from '../measures';
import {
  listAttachmentObservations,
  listExternalScores,
  listGoals,
  listInteractionObservations,
  listMeasureResults,
  listSecureBaseReviews,
} from './outcome-queries';
import { othersIn, type OtherPerson } from './redaction';
import type { SubjectAccessOutcomes } from './schemas';

type Scope = {
  serviceId: string;
  /** The episodes the subject appears in. */
  familyIds: string[];
  /** The subject's own person records across those episodes. */
  mine: Set<string>;
  subjectKind: 'carer' | 'baby';
  othersOf: (familyId: string) => OtherPerson[];
  nameOf: Map<string, string | null>;
};

/**
 * The subject's outcome measures and assessments: results they gave (and, for a parent or carer, the
 * family's goals and ratings), scores from other tools about them or about them with their baby,
 * and the Secure Base reviews and observations that name them as the child or the carer.
 */
export async function outcomesAbout(tx: Tx, scope: Scope): Promise<SubjectAccessOutcomes> {
  const { serviceId, familyIds, mine, othersOf, nameOf } = scope;
  const carer = scope.subjectKind === 'carer';
  const named = (id: string | null) => (id ? { personId: id, name: nameOf.get(id) ?? null } : null);
  const notMine = (ids: (string | null)[]) => ids.filter((id): id is string => id !== null && !mine.has(id));
  const aboutMe = (...ids: (string | null)[]) => ids.some((id) => id !== null && mine.has(id));

  const views = new Map((await serviceMeasures(tx, serviceId)).map((m) => [m.id, m]));
  const results = (await listMeasureResults(tx, serviceId, familyIds)).filter(
    ({ result: r }) => aboutMe(r.personId) || (carer && r.measureId === 'gbo'),
  );
  const goals = carer ? await listGoals(tx, serviceId, familyIds) : [];
  const scores = (await listExternalScores(tx, serviceId, familyIds)).filter(
    (s) => s.personId === null || aboutMe(s.personId),
  );
  const reviews = (await listSecureBaseReviews(tx, serviceId, familyIds)).filter((r) => aboutMe(r.childId, r.carerId));
  const observations = (await listAttachmentObservations(tx, serviceId, familyIds)).filter((o) =>
    aboutMe(o.childId, o.carerId),
  );
  const interactions = (await listInteractionObservations(tx, serviceId, familyIds)).filter((o) =>
    aboutMe(o.childId, o.carerId),
  );

  return {
    measures: results.map(({ result: r, recordedByName }) => {
      const view = views.get(r.measureId);
      const answers = r.responses.map((position, i) => {
        const item = view?.items[i];
        if (r.measureId === 'gbo') {
          return {
            item: i + 1,
            question: r.goals?.[i]?.text ?? null,
            answer: position === null ? null : `${position} out of 10`,
          };
        }
        const count = MEASURES[r.measureId].scale.max - MEASURES[r.measureId].scale.min + 1;
        return {
          item: i + 1,
          question: item?.text ?? null,
          answer: position === null ? null : (item?.answers?.[position] ?? `Answer ${position + 1} of ${count}`),
        };
      });
      return {
        id: r.id,
        familyId: r.familyId,
        measure: MEASURES[r.measureId].shortName,
        timepoint: r.timepoint,
        completedOn: r.completedOn,
        mode: r.mode,
        total: r.total,
        band: r.band,
        answers,
        recordedBy: recordedByName,
        withdrawnReason: r.withdrawnReason,
        otherPeople: othersIn(othersOf(r.familyId), [
          r.alertAction,
          r.withdrawnReason,
          ...(r.goals ?? []).map((g) => g.text),
        ]),
      };
    }),
    goals: goals.map((g) => ({
      id: g.id,
      familyId: g.familyId,
      text: g.text,
      setOn: g.setOn,
      closedOn: g.closedOn,
      otherPeople: othersIn(othersOf(g.familyId), [g.text]),
    })),
    scoredElsewhere: scores.map((s) => ({
      id: s.id,
      familyId: s.familyId,
      tool: s.tool === 'other' ? (s.toolName ?? 'Another tool') : SCORED_ELSEWHERE_TOOLS[s.tool],
      timepoint: s.timepoint,
      scoredOn: s.scoredOn,
      score: s.score,
      result: s.result,
      notes: s.notes,
      about: named(s.personId),
      otherPeople: othersIn(othersOf(s.familyId), [s.result, s.notes], notMine([s.personId])),
    })),
    secureBaseReviews: reviews.map((r) => ({
      id: r.id,
      familyId: r.familyId,
      reviewedOn: r.reviewedOn,
      careSetting: r.careSetting,
      child: named(r.childId),
      carer: named(r.carerId),
      dimensions: Object.entries(r.dimensions).map(([dimension, d]) => ({ dimension, ...d })),
      summary: r.summary,
      otherPeople: othersIn(
        othersOf(r.familyId),
        [r.summary, ...Object.values(r.dimensions).flatMap((d) => [d.evidence, d.goals])],
        notMine([r.childId, r.carerId]),
      ),
    })),
    attachmentObservations: observations.map((o) => ({
      id: o.id,
      familyId: o.familyId,
      observedOn: o.observedOn,
      observedBy: o.observedBy,
      setting: o.setting,
      child: named(o.childId),
      carer: named(o.carerId),
      features: Object.entries(o.features).map(([feature, f]) => ({ feature, ...f })),
      otherPeople: othersIn(
        othersOf(o.familyId),
        [o.observedBy, o.setting, ...Object.values(o.features).map((f) => f.description)],
        notMine([o.childId, o.carerId]),
      ),
    })),
    interactionObservations: interactions.map((o) => ({
      id: o.id,
      familyId: o.familyId,
      observedOn: o.observedOn,
      source: o.source,
      context: o.context,
      durationMs: o.durationMs,
      events: o.events.length,
      ...pick(summariseInteraction(storedEvents(o.events))),
      notes: o.notes,
      child: named(o.childId),
      carer: named(o.carerId),
      otherPeople: othersIn(othersOf(o.familyId), [o.context, o.notes], notMine([o.childId, o.carerId])),
    })),
  };
}

const pick = (m: ReturnType<typeof summariseInteraction>) => ({
  contingencyRate: m.contingencyRate,
  shareRepaired: m.shareRepaired,
  medianRepairMs: m.medianRepairMs,
});
