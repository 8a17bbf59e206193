import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { serviceBySlug } from './public-services';

/** What the public referral forms need to know about a service; nothing about its families. */
export async function getPublicService({ ctx, slug }: { ctx: Ctx; slug: string }) {
  const found = await serviceBySlug(ctx.db, slug);
  if (!found) throw notFound('The service');
  const { service, settings: s } = found;
  return {
    name: service.name,
    slug: service.slug,
    referralSources: s.referralSources,
    urgentHelpText: s.urgentHelpText,
    ineligibleHelpText: s.ineligibleHelpText,
    ageLimitMonths: s.ageLimitMonths,
    acceptPregnancy: s.acceptPregnancy,
  };
}
