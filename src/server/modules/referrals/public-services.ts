import type { services } from '../../db/schema';
import { inScope, type Db } from '../../platform/db';
import { findServiceBySlug } from './queries';
import type { ReferralSettings } from './schemas';
import { settingsOf } from './settings';

type Service = typeof services.$inferSelect;
/** A service as the public forms see it, with its referral settings already read. */
export type PublicService = { service: Service; settings: ReferralSettings };

// Public forms look services up by slug on every submission; settings change rarely, so a
// lookup is kept for a few seconds (and dropped at once when this process changes a service).
const TTL_MS = 10_000;
const caches = new WeakMap<Db, Map<string, { at: number; found: PublicService | null }>>();

function cacheOf(db: Db) {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

export async function serviceBySlug(db: Db, slug: string): Promise<PublicService | null> {
  const cache = cacheOf(db);
  const hit = cache.get(slug);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.found;
  const service = await inScope(db, { serviceId: null, userId: null }, (tx) => findServiceBySlug(tx, slug));
  const found = service ? { service, settings: settingsOf(service) } : null;
  cache.set(slug, { at: Date.now(), found });
  return found;
}

export function forgetService(db: Db, serviceId: string): void {
  const cache = cacheOf(db);
  for (const [slug, entry] of cache) if (entry.found?.service.id === serviceId) cache.delete(slug);
}
