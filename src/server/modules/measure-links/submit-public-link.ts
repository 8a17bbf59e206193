import { MEASURES } from '../../../core/measures/catalogue';
import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { storeResult } from '../measures';
import { completedToday, LINK_USED, withOpenLink } from './public-link';
import { claimLink, setLinkResult } from './queries';
import type { SubmitAnswers } from './schemas';

/**
 * Receives a parent's answers through their link, in one transaction: the link is claimed by a
 * conditional update (unused, unrevoked, unexpired), so of two submissions racing exactly one is
 * stored; the result is scored and stored as completed by the parent; the event is audited with
 * no user. A parent form needs every item answered. Answers whether a critical item (e.g.
 * thoughts of self-harm) was answered at or above its threshold, so the page can say where to get
 * help now; the allocated practitioner sees the alert at once.
 */
export async function submitPublicLink({
  ctx,
  token,
  input,
}: {
  ctx: Ctx;
  token: string;
  input: SubmitAnswers;
}): Promise<{ received: true; support: boolean }> {
  return withOpenLink(ctx, token, async (tx, { link }, actor) => {
    const def = MEASURES[link.measureId];
    const missing = def.items.flatMap((item, i) =>
      input.responses[i] === null || input.responses[i] === undefined
        ? [{ path: `responses.${i}`, message: `Answer question ${item.number}` }]
        : [],
    );
    if (input.responses.length > def.items.length) {
      throw new AppError('VALIDATION', `This questionnaire has ${def.items.length} questions.`, {
        fields: [{ path: 'responses', message: `This questionnaire has ${def.items.length} questions` }],
      });
    }
    if (missing.length > 0) {
      const n = missing.length;
      throw new AppError('VALIDATION', `Answer every question: ${n === 1 ? '1 is' : `${n} are`} not answered yet.`, {
        fields: missing,
      });
    }
    if (!(await claimLink(tx, link.serviceId, link.id))) throw new AppError('PRECONDITION_FAILED', LINK_USED);
    const { id: resultId, scored } = await storeResult(tx, {
      serviceId: link.serviceId,
      familyId: link.familyId,
      personId: link.personId,
      measureId: link.measureId,
      timepoint: link.timepoint,
      completedOn: completedToday(),
      mode: 'parent-link',
      responses: input.responses,
      linkId: link.id,
      recordedBy: null,
    });
    await setLinkResult(tx, link.serviceId, link.id, resultId);
    const support = scored.criticalItems.length > 0;
    await audit(tx, actor, {
      action: 'measure-link.completed',
      entityType: 'measure-link',
      entityId: link.id,
      details: { familyId: link.familyId, measureId: link.measureId, resultId, alert: support },
    });
    return { received: true as const, support };
  });
}
