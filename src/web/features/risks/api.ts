import type { RISK_LEVEL_CODES, RiskType } from '../../../core/family-options';
import { api } from '../../app/api-client';
import { familyKeys, familyPath } from '../family/api';

export type RiskLevel = (typeof RISK_LEVEL_CODES)[number];

/** A risk flag as GET /api/families/:id/risks answers it. */
export type RiskFlag = {
  id: string;
  type: RiskType;
  level: RiskLevel;
  summary: string;
  raisedOn: string;
  reviewOn: string;
  raisedBy: { id: string; name: string } | null;
  closedOn: string | null;
  closedReason: string | null;
  /** Active, and its review date has passed. */
  overdue: boolean;
  version: number;
};

export type RaiseRisk = { type: RiskType; level: RiskLevel; summary: string; raisedOn?: string; reviewOn: string };
export type ReviewRisk = { version: number; level?: RiskLevel; summary?: string; reviewOn?: string };
export type CloseRisk = { version: number; reason: string; closedOn?: string };

/** Under the family's key, so one invalidation after a change refreshes the banner and this list together. */
export const riskKeys = { list: (familyId: string) => familyKeys.section(familyId, 'risks') };

const riskPath = (id: string, rest = '') => `/api/risks/${encodeURIComponent(id)}${rest}`;

export async function listRisks(familyId: string): Promise<RiskFlag[]> {
  return (await api<{ risks: RiskFlag[] }>(familyPath(familyId, '/risks'))).risks;
}

export const raiseRisk = (familyId: string, input: RaiseRisk) =>
  api<RiskFlag>(familyPath(familyId, '/risks'), { method: 'POST', body: input });

export const reviewRisk = (id: string, input: ReviewRisk) =>
  api<RiskFlag>(riskPath(id), { method: 'PATCH', body: input });

export const closeRisk = (id: string, input: CloseRisk) =>
  api<RiskFlag>(riskPath(id, '/close'), { method: 'POST', body: input });
