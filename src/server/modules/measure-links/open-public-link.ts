import { audit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { serviceMeasure } from '../measures';
import { withOpenLink } from './public-link';
import type { PublicLink } from './schemas';

/**
 * What a parent sees on opening their link: the service's name and the questionnaire, with the
 * expiry. Deliberately nothing about the family, the person or the link itself (no names, no ids),
 * so a link forwarded or left open on a shared phone reveals nothing. The opening is audited, with
 * no user.
 */
export async function openPublicLink({ ctx, token }: { ctx: Ctx; token: string }): Promise<PublicLink> {
  return withOpenLink(ctx, token, async (tx, { link, serviceName }, actor) => {
    const measure = await serviceMeasure(tx, link.serviceId, link.measureId);
    await audit(tx, actor, {
      action: 'measure-link.opened',
      entityType: 'measure-link',
      entityId: link.id,
      details: { familyId: link.familyId, measureId: link.measureId },
    });
    return { serviceName, measure, expiresAt: link.expiresAt.toISOString() };
  });
}
