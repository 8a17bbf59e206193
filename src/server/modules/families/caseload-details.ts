import { daysBetween, todayInLondon } from '../../../core/dates';
import type { Tx } from '../../platform/db';
import { lastContacts, nextAppointments } from '../appointments/queries';
// Straight from the file, as for risks: the measure-links module imports this one's index.
import { outstandingMeasuresFor } from '../measure-links/outstanding-measures';
import { overdueReviewCounts } from '../risks/active-flags';
import { presentFamily } from './present';
import { outstandingWork, type FamilyRow } from './queries';

/**
 * Caseload rows with what a practitioner plans the week by: the next appointment, days since the
 * family was last seen, and anything outstanding (overdue risk reviews, unsigned notes, outcomes
 * of past appointments not yet recorded, and measure work: alerts, measures due, parent links).
 */
export async function withCaseloadDetails(tx: Tx, serviceId: string, rows: FamilyRow[], targetWeeks: number) {
  const ids = rows.map((r) => r.id);
  const next = await nextAppointments(tx, serviceId, ids);
  const last = await lastContacts(tx, serviceId, ids);
  // Safeguarding reviews count too: whoever sees a caseload here is allocated to it, or a manager.
  const overdue = await overdueReviewCounts(tx, serviceId, ids, true);
  const { drafts, outcomes } = await outstandingWork(tx, serviceId, ids);
  const measures = await outstandingMeasuresFor(tx, serviceId, ids);
  const today = todayInLondon();
  return rows.map((r) => {
    const lastAt = last.get(r.id);
    const lastOn = lastAt ? todayInLondon(lastAt) : null;
    const upcoming = next.get(r.id);
    return {
      ...presentFamily(r, targetWeeks),
      nextAppointment: upcoming ? { startsAt: upcoming.startsAt.toISOString(), place: upcoming.place } : null,
      lastContactOn: lastOn,
      daysSinceLastContact: lastOn ? daysBetween(lastOn, today) : null,
      outstanding: {
        overdueReviews: overdue.get(r.id) ?? 0,
        draftNotes: drafts.get(r.id) ?? 0,
        outcomesToRecord: outcomes.get(r.id) ?? 0,
        measures: measures.get(r.id) ?? [],
      },
    };
  });
}
