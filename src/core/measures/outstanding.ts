import { addDays, daysBetween, type IsoDate } from '../dates';
import { REVIEW_DUE_WEEKS, type Timepoint } from './catalogue';
import type { MeasureId } from './types';

/** How long an expired, unanswered parent link stays on the caseload as something to follow up. */
export const EXPIRED_LINK_SHOWN_DAYS = 14;

/** How many days before the planned end of the work discharge measures are asked for. */
export const DISCHARGE_MEASURES_DUE_DAYS = 28;

/** Where a parent's link stands. */
export type LinkStatus = 'waiting' | 'completed' | 'expired' | 'revoked';

/** What the rules need to know about one family's measures. */
export type MeasureFacts = {
  today: IsoDate;
  /** The family's first contact, when recorded: assessment measures are due from then. */
  firstContactOn: IsoDate | null;
  /** When the work is planned to end, if set: discharge measures are due from a few weeks before. */
  plannedEndOn: IsoDate | null;
  /** Results not withdrawn. */
  results: { measureId: MeasureId; timepoint: Timepoint; completedOn: IsoDate }[];
  /** Parent links, with the day (in London) each expires or expired. */
  links: { measureId: MeasureId; timepoint: Timepoint; status: LinkStatus; expiresOn: IsoDate }[];
  /** Results whose critical items nobody has acknowledged yet. */
  unacknowledgedAlerts: number;
};

/**
 * One thing to do about a family's measures:
 * - `alert`: a critical item (e.g. self-harm) was answered and nobody has acted on it yet;
 * - `assessment-not-given`: first contact is recorded but no measure was given at assessment;
 * - `review-due`: the latest measure is more than `REVIEW_DUE_WEEKS` old;
 * - `discharge-not-given`: the planned end of the work is `DISCHARGE_MEASURES_DUE_DAYS` away or
 *   closer (or past) and no measure has been given at discharge;
 * - `link-waiting`: a parent link is open and not yet answered;
 * - `link-expired`: a parent link expired unanswered in the last `EXPIRED_LINK_SHOWN_DAYS` days,
 *   and nothing has replaced it (no result or other link for the same measure and time point).
 */
export type OutstandingMeasure =
  | { kind: 'alert'; count: number }
  | { kind: 'assessment-not-given' }
  | { kind: 'review-due'; lastGivenOn: IsoDate }
  | { kind: 'discharge-not-given'; plannedEndOn: IsoDate }
  | { kind: 'link-waiting'; count: number }
  | { kind: 'link-expired'; count: number };

export type OutstandingKind = OutstandingMeasure['kind'];

/** Short words for each kind, as a caseload tag shows them. */
export const OUTSTANDING_LABELS: Record<OutstandingKind, string> = {
  alert: 'Measure alert',
  'assessment-not-given': 'Assessment measures not given',
  'review-due': 'Review measures due',
  'discharge-not-given': 'Discharge measures due',
  'link-waiting': 'Parent link waiting',
  'link-expired': 'Parent link expired',
};

/**
 * The outstanding measure work for one family, most urgent first. An open parent link means the
 * practitioner has already acted, so while one waits the assessment and review reminders stay quiet.
 */
export function outstandingMeasures(facts: MeasureFacts): OutstandingMeasure[] {
  const out: OutstandingMeasure[] = [];
  if (facts.unacknowledgedAlerts > 0) out.push({ kind: 'alert', count: facts.unacknowledgedAlerts });

  const waiting = facts.links.filter((l) => l.status === 'waiting');
  if (waiting.length === 0) {
    const assessed = facts.results.some((r) => r.timepoint === 'assessment');
    if (facts.firstContactOn !== null && facts.firstContactOn <= facts.today && !assessed) {
      out.push({ kind: 'assessment-not-given' });
    }
    const latest = facts.results.reduce<IsoDate | null>(
      (max, r) => (max === null || r.completedOn > max ? r.completedOn : max),
      null,
    );
    if (latest !== null && latest < addDays(facts.today, -7 * REVIEW_DUE_WEEKS)) {
      out.push({ kind: 'review-due', lastGivenOn: latest });
    }
  }
  const endingSoon =
    facts.plannedEndOn !== null && facts.plannedEndOn <= addDays(facts.today, DISCHARGE_MEASURES_DUE_DAYS);
  const dischargeLinkWaiting = waiting.some((l) => l.timepoint === 'discharge');
  if (endingSoon && facts.plannedEndOn !== null && !hasDischargeMeasure(facts.results) && !dischargeLinkWaiting) {
    out.push({ kind: 'discharge-not-given', plannedEndOn: facts.plannedEndOn });
  }

  if (waiting.length > 0) out.push({ kind: 'link-waiting', count: waiting.length });

  const replaced = (l: { measureId: MeasureId; timepoint: Timepoint }) =>
    facts.results.some((r) => r.measureId === l.measureId && r.timepoint === l.timepoint) ||
    facts.links.some(
      (o) =>
        (o.status === 'waiting' || o.status === 'completed') &&
        o.measureId === l.measureId &&
        o.timepoint === l.timepoint,
    );
  const expired = facts.links.filter(
    (l) =>
      l.status === 'expired' &&
      l.expiresOn <= facts.today &&
      daysBetween(l.expiresOn, facts.today) <= EXPIRED_LINK_SHOWN_DAYS &&
      !replaced(l),
  );
  if (expired.length > 0) out.push({ kind: 'link-expired', count: expired.length });
  return out;
}

/** A discharge measure has been given (or completed through a link). */
export const hasDischargeMeasure = (results: MeasureFacts['results']): boolean =>
  results.some((r) => r.timepoint === 'discharge');
