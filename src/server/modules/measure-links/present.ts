import { todayInLondon } from '../../../core/dates';
import { MEASURES } from '../../../core/measures/catalogue';
import { OUTSTANDING_LABELS, type LinkStatus, type OutstandingMeasure } from '../../../core/measures/outstanding';
import type { LinkRow } from './queries';
import type { MeasureLink, OutstandingItem } from './schemas';

/** Where a link stands now: answered, withdrawn by the practitioner, past its expiry, or waiting. */
export function linkStatus(
  link: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): LinkStatus {
  if (link.usedAt) return 'completed';
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt <= now) return 'expired';
  return 'waiting';
}

/** A carer recorded without a name (rare: a referral can leave it out) still needs a label. */
export const carerName = (name: string | null) => name ?? 'Parent or carer (name not recorded)';

export function presentLink(row: LinkRow, now: Date = new Date()): MeasureLink {
  return {
    id: row.id,
    measure: { id: row.measureId, shortName: MEASURES[row.measureId].shortName },
    person: { id: row.personId, name: carerName(row.personName) },
    timepoint: row.timepoint,
    status: linkStatus(row, now),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdById ? { id: row.createdById, name: row.createdByName ?? 'Former member' } : null,
    expiresAt: row.expiresAt.toISOString(),
    usedAt: row.usedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    version: row.version,
  };
}

/** The day (in London) a link expires or expired. */
export const expiresOn = (expiresAt: Date) => todayInLondon(expiresAt);

export const presentOutstanding = (item: OutstandingMeasure): OutstandingItem => ({
  kind: item.kind,
  label: OUTSTANDING_LABELS[item.kind],
  count: 'count' in item ? item.count : null,
  lastGivenOn: item.kind === 'review-due' ? item.lastGivenOn : null,
  plannedEndOn: item.kind === 'discharge-not-given' ? item.plannedEndOn : null,
});
