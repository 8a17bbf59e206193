import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { notFound, staleVersion } from '../../platform/errors';
import { policy } from './policy';
import { findService, updateService } from './queries';
import type { UpdateServiceSettings } from './schemas';

const present = (s: NonNullable<Awaited<ReturnType<typeof findService>>>) => ({
  id: s.id,
  name: s.name,
  slug: s.slug,
  requireTwoFactor: s.requireTwoFactor,
  teamCaseloadsVisible: s.teamCaseloadsVisible,
  version: s.version,
});

/** The service's own settings, as its admin sees them. */
export async function getServiceSettings({ ctx }: { ctx: ServiceCtx }) {
  authorize(ctx, policy.manageSettings);
  const service = await withinService(ctx, (tx) => findService(tx, ctx.serviceId));
  if (!service) throw notFound('The service');
  return present(service);
}

/** Changes the service's settings: two-factor sign-in for all, and whether practitioners see the team's caseloads. */
export async function updateServiceSettings({ ctx, input }: { ctx: ServiceCtx; input: UpdateServiceSettings }) {
  authorize(ctx, policy.manageSettings);
  return withinService(ctx, async (tx, actor) => {
    const before = await findService(tx, ctx.serviceId);
    if (!before) throw notFound('The service');
    const values = {
      requireTwoFactor: input.requireTwoFactor,
      teamCaseloadsVisible: input.teamCaseloadsVisible ?? before.teamCaseloadsVisible,
    };
    if ((await updateService(tx, ctx.serviceId, input.version, values)) === 0) {
      throw staleVersion('these settings');
    }
    await audit(tx, actor, {
      action: 'service.updated',
      entityType: 'service',
      entityId: ctx.serviceId,
      details: {
        requireTwoFactor: { from: before.requireTwoFactor, to: values.requireTwoFactor },
        teamCaseloadsVisible: { from: before.teamCaseloadsVisible, to: values.teamCaseloadsVisible },
      },
    });
    const after = await findService(tx, ctx.serviceId);
    if (!after) throw notFound('The service');
    return present(after);
  });
}
