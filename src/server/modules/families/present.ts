import { todayInLondon } from '../../../core/dates';
import { waitBand } from '../../../core/wait-time';
import type { FamilyRow } from './queries';

const person = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

/** A family's case as lists show it, with how long it has waited against the target. */
export function presentFamily(row: FamilyRow, targetWeeks: number) {
  const wait = waitBand(row.referralDate, todayInLondon(), targetWeeks);
  return {
    id: row.id,
    name: row.name,
    reference: row.reference,
    source: row.source,
    status: row.status,
    priority: row.priority,
    referralDate: row.referralDate,
    daysWaiting: wait.days,
    waitBand: wait.band,
    practitioner: person(row.practitionerId, row.practitionerName),
    coWorker: person(row.coWorkerId, row.coWorkerName),
    allocatedAt: row.allocatedAt?.toISOString() ?? null,
    version: row.version,
  };
}
