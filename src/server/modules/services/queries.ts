import { count, eq } from 'drizzle-orm';
import { services } from '../../db/schema';
import type { Db } from '../../platform/db';

export const findServiceBySlug = async (db: Db, slug: string) =>
  (await db.select().from(services).where(eq(services.slug, slug)))[0] ?? null;

export const countServices = async (db: Db) => (await db.select({ n: count() }).from(services))[0]?.n ?? 0;
