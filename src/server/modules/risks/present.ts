import { RISK_LEVEL_CODES } from '../../../core/family-options';
import type { RiskRow } from './queries';
import type { RiskFlag } from './schemas';

type Orderable = { level: (typeof RISK_LEVEL_CODES)[number]; reviewOn: string; closedOn?: string | null };

const rank = (level: Orderable['level']) => RISK_LEVEL_CODES.indexOf(level);

/** Active flags first, most serious then soonest review first; then closed flags, most recently closed first. */
export function byUrgency(a: Orderable, b: Orderable): number {
  const aClosed = a.closedOn ?? null;
  const bClosed = b.closedOn ?? null;
  if (aClosed === null && bClosed === null) {
    return rank(a.level) - rank(b.level) || a.reviewOn.localeCompare(b.reviewOn);
  }
  if (aClosed === null) return -1;
  if (bClosed === null) return 1;
  return bClosed.localeCompare(aClosed);
}

/** An active flag whose review date has passed. */
export const isOverdue = (flag: { reviewOn: string; closedOn?: string | null }, today: string): boolean =>
  !flag.closedOn && flag.reviewOn < today;

/** A flag as the record shows it. The summary is for the record's readers only, never for audit or logs. */
export function presentRisk(row: RiskRow, today: string): RiskFlag {
  return {
    id: row.id,
    type: row.type,
    level: row.level,
    summary: row.summary,
    raisedOn: row.raisedOn,
    reviewOn: row.reviewOn,
    raisedBy: row.raisedById && row.raisedByName ? { id: row.raisedById, name: row.raisedByName } : null,
    closedOn: row.closedOn,
    closedReason: row.closedReason,
    overdue: isOverdue(row, today),
    version: row.version,
  };
}
