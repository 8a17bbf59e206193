import type { services } from '../../db/schema';
import { ReferralSettings } from './schemas';

/** A service's referral settings, with defaults for anything it has not set. */
export function settingsOf(service: typeof services.$inferSelect): ReferralSettings {
  const parsed = ReferralSettings.safeParse(service.referralSettings);
  // Stored settings were validated when saved; if a later version tightened a rule, fall back to defaults.
  return parsed.success ? parsed.data : ReferralSettings.parse({});
}
