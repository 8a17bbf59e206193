import { todayInLondon } from '../../../core/dates';
import type { RISK_LEVEL_CODES, RiskType } from '../../../core/family-options';
import type { Tx } from '../../platform/db';
import type { FamilyAccess } from '../families';
import { byUrgency, isOverdue } from './present';
import { countOverdue, listActiveFlags } from './queries';

export type ActiveFlag = {
  id: string;
  type: RiskType;
  level: (typeof RISK_LEVEL_CODES)[number];
  reviewOn: string;
  overdue: boolean;
};

/**
 * The active flags of an opened family that the caller may see, most urgent first: for the record's
 * banner. Restricted types are included only with `access.restricted`. Not audited here: the caller
 * reads it as part of something it audits.
 */
export async function visibleActiveFlags(tx: Tx, access: FamilyAccess): Promise<ActiveFlag[]> {
  const { serviceId, id } = access.family;
  const rows = await listActiveFlags(tx, serviceId, id, access.restricted);
  const today = todayInLondon();
  return rows.sort(byUrgency).map((r) => ({ ...r, overdue: isOverdue(r, today) }));
}

/**
 * For each of `familyIds`, how many active flags are past their review date (0 when none), for
 * caseload lists. Restricted types count only when `includeRestricted` (the caller's access to them).
 */
export async function overdueReviewCounts(
  tx: Tx,
  serviceId: string,
  familyIds: string[],
  includeRestricted: boolean,
): Promise<Map<string, number>> {
  const counts = new Map(familyIds.map((id) => [id, 0]));
  if (familyIds.length === 0) return counts;
  const rows = await countOverdue(tx, serviceId, [...new Set(familyIds)], includeRestricted, todayInLondon());
  for (const r of rows) counts.set(r.familyId, r.n);
  return counts;
}
