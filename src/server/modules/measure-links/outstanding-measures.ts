import { todayInLondon } from '../../../core/dates';
import { outstandingMeasures, type MeasureFacts } from '../../../core/measures/outstanding';
import type { Tx } from '../../platform/db';
import { expiresOn, linkStatus, presentOutstanding } from './present';
import { alertCounts, firstContacts, linkFacts, resultFacts } from './queries';
import type { OutstandingItem } from './schemas';

/** What the outstanding rules know about each family, read in four queries however many families. */
export async function measureFactsFor(
  tx: Tx,
  serviceId: string,
  familyIds: string[],
): Promise<Map<string, MeasureFacts>> {
  const byFamily = new Map<string, MeasureFacts>();
  if (familyIds.length === 0) return byFamily;
  const today = todayInLondon();
  const now = new Date();
  for (const f of await firstContacts(tx, serviceId, familyIds)) {
    byFamily.set(f.id, {
      today,
      firstContactOn: f.firstContactOn,
      plannedEndOn: f.plannedEndOn,
      results: [],
      links: [],
      unacknowledgedAlerts: 0,
    });
  }
  for (const r of await resultFacts(tx, serviceId, familyIds)) {
    byFamily
      .get(r.familyId)
      ?.results.push({ measureId: r.measureId, timepoint: r.timepoint, completedOn: r.completedOn });
  }
  for (const l of await linkFacts(tx, serviceId, familyIds)) {
    byFamily.get(l.familyId)?.links.push({
      measureId: l.measureId,
      timepoint: l.timepoint,
      status: linkStatus(l, now),
      expiresOn: expiresOn(l.expiresAt),
    });
  }
  for (const [familyId, n] of await alertCounts(tx, serviceId, familyIds)) {
    const facts = byFamily.get(familyId);
    if (facts) facts.unacknowledgedAlerts = n;
  }
  return byFamily;
}

/**
 * The outstanding measure work of each family, for the caseload: alerts to act on, measures not
 * given or due, parent links waiting or expired unanswered. The caller has already limited the
 * families to those it may see.
 */
export async function outstandingMeasuresFor(
  tx: Tx,
  serviceId: string,
  familyIds: string[],
): Promise<Map<string, OutstandingItem[]>> {
  const facts = await measureFactsFor(tx, serviceId, familyIds);
  return new Map([...facts].map(([id, f]) => [id, outstandingMeasures(f).map(presentOutstanding)]));
}

/** How many of a family's results carry an alert nobody has acknowledged, for the record's banner. */
export async function familyAlertCount(tx: Tx, serviceId: string, familyId: string): Promise<number> {
  return (await alertCounts(tx, serviceId, [familyId])).get(familyId) ?? 0;
}
