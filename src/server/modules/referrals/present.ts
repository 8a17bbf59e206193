import { daysBetween, todayInLondon } from '../../../core/dates';
import { SOURCE_LABELS } from '../../../core/referral-options';
import type { referralEvents } from '../../db/schema';
import type { ReferralRow } from './queries';
import type { SubmitReferral } from './schemas';

/** A stored submission: the form less its bot trap and retry key, still told apart by route. */
export type Submission = SubmitReferral extends infer T
  ? T extends unknown
    ? Omit<T, 'website' | 'submissionId'>
    : never
  : never;

export const submissionOf = (row: ReferralRow) => row.submission as unknown as Submission;

/** A line that tells a coordinator who the referral is about without opening it. */
export function headline(row: ReferralRow): { parent: string; baby: string } {
  const s = submissionOf(row);
  const parent = s.parents.map((p) => p.name).join(' and ');
  const baby = s.baby.kind === 'born' ? `${s.baby.name}, born ${s.baby.dateOfBirth}` : `Due ${s.baby.dueDate}`;
  return { parent, baby };
}

/** A row of the triage queue. */
export const presentQueueItem = (row: ReferralRow) => ({
  id: row.id,
  reference: row.reference,
  route: row.route,
  source: row.source,
  sourceLabel: SOURCE_LABELS[row.source] ?? row.source,
  status: row.status,
  priority: row.priority,
  receivedAt: row.receivedAt.toISOString(),
  daysWaiting: daysBetween(row.referralDate, todayInLondon()),
  eligibility: row.eligibility,
  immediateRisk: row.immediateRisk,
  possibleDuplicates: row.possibleDuplicates.length,
  ...headline(row),
});

/** The whole referral with its history, for the people allowed to triage it. */
export const presentReferral = (
  row: ReferralRow,
  events: (typeof referralEvents.$inferSelect)[],
  actors: Map<string, string>,
) => ({
  ...presentQueueItem(row),
  version: row.version,
  referralDate: row.referralDate,
  eligibilityReasons: row.eligibilityReasons,
  duplicates: row.possibleDuplicates,
  familyId: row.familyId,
  mergedInto: row.mergedInto,
  submission: submissionOf(row),
  history: events.map((e) => ({
    at: e.at.toISOString(),
    kind: e.kind,
    by: e.actorUserId
      ? (actors.get(e.actorUserId) ?? 'A former member')
      : e.kind === 'received'
        ? 'The person referring'
        : 'Haven (an administrator, outside the app)',
    reasonCode: e.reasonCode,
    note: e.note,
    details: e.details,
  })),
});
