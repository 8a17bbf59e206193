import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { notFound, staleVersion } from '../../platform/errors';
import { policy } from './policy';
import { forgetService } from './public-services';
import { findService, updateServiceSettings } from './queries';
import type { UpdateReferralSettings } from './schemas';
import { settingsOf } from './settings';

/** The service's referral settings, defaults filled in. */
export async function getReferralSettings({ ctx }: { ctx: ServiceCtx }) {
  authorize(ctx, policy.settings);
  const service = await withinService(ctx, (tx) => findService(tx, ctx.serviceId));
  if (!service) throw notFound('The service');
  return { ...settingsOf(service), version: service.referralSettingsVersion };
}

/** Replaces the referral settings as a whole, refusing a stale version. */
export async function updateReferralSettings({ ctx, input }: { ctx: ServiceCtx; input: UpdateReferralSettings }) {
  authorize(ctx, policy.settings);
  const saved = await withinService(ctx, async (tx, actor) => {
    const { version, ...settings } = input;
    if ((await updateServiceSettings(tx, ctx.serviceId, version, settings)) === 0) {
      throw staleVersion('these settings');
    }
    await audit(tx, actor, {
      action: 'service.referral-settings-updated',
      entityType: 'service',
      entityId: ctx.serviceId,
    });
    return { ...settings, version: version + 1 };
  });
  // Only once committed, so no request can cache the old settings again.
  forgetService(ctx.db, ctx.serviceId);
  return saved;
}

/** What triage screens offer: the service's decline reasons and signposting list, and its target wait. */
export async function getTriageOptions({ ctx }: { ctx: ServiceCtx }) {
  authorize(ctx, policy.triage);
  const service = await withinService(ctx, (tx) => findService(tx, ctx.serviceId));
  if (!service) throw notFound('The service');
  const s = settingsOf(service);
  return {
    declineReasons: s.declineReasons,
    signposts: s.signposts,
    targetWaitWeeks: s.targetWaitWeeks,
    referralSources: s.referralSources,
  };
}
