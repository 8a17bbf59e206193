import type { EntryMode, ScoredElsewhereTool, Timepoint } from '../../../core/measures/catalogue';
import type { MeasureId } from '../../../core/measures/types';
import { api } from '../../app/api-client';
import { familyKeys, familyPath } from '../family/api';

type Named = { id: string; name: string };
type Coded = { code: string; label: string };

/** A measure as this service shows it (GET /api/measures): wording only where the licence allows. */
export type MeasureView = {
  id: MeasureId;
  version: number;
  name: string;
  shortName: string;
  purpose: string;
  respondent: 'parent' | 'practitioner';
  instructions: string | null;
  scale: { min: number; max: number };
  items: { number: number; text: string | null; answers: string[] | null; reverse: boolean; critical: boolean }[];
  subscales: { id: string; name: string; items: number[] }[];
  bands: { from: number; label: string }[];
  cutOff: number | null;
  higherIs: 'worse' | 'better';
  reliableChange: { threshold: number; source: string };
  licence: { name: string; notice: string; citation: string };
  wording: 'included' | 'service-loaded' | 'not-loaded' | 'family-own-words';
};

export type MeasureCatalogue = { measures: MeasureView[]; timepoints: Coded[]; scoredElsewhere: Coded[] };

export type MeasureResult = {
  id: string;
  measureId: MeasureId;
  measureVersion: number;
  personId: string | null;
  timepoint: Timepoint;
  completedOn: string;
  mode: EntryMode;
  responses: (number | null)[];
  goals: { goalId: string; text: string }[] | null;
  complete: boolean;
  total: number | null;
  prorated: boolean;
  subscales: Record<string, number | null>;
  band: string | null;
  clinical: boolean | null;
  criticalItems: { number: number; score: number; reason: string }[];
  alert: { acknowledgedAt: string | null; acknowledgedBy: Named | null; action: string | null } | null;
  recordedBy: Named | null;
  withdrawn: { at: string; reason: string } | null;
  version: number;
};

export type Goal = { id: string; slot: number; text: string; setOn: string; closedOn: string | null; version: number };

export type ScoredElsewhere = {
  id: string;
  tool: ScoredElsewhereTool;
  toolName: string;
  personId: string | null;
  timepoint: Timepoint;
  scoredOn: string;
  score: number | null;
  result: string | null;
  notes: string | null;
  recordedBy: Named | null;
  version: number;
};

export type Change = {
  first: number;
  latest: number;
  change: number;
  threshold: number;
  rci: number | null;
  reliable: 'improvement' | 'none' | 'deterioration';
  clinical: 'recovered' | 'entered' | 'crossed-without-reliable-change' | 'stayed-clinical' | 'stayed-below' | null;
  description: string;
};

export type SeriesPoint = {
  resultId: string;
  completedOn: string;
  timepoint: Timepoint;
  score: number;
  band: string | null;
  mode: EntryMode;
};

export type Series = {
  measureId: MeasureId;
  personId: string | null;
  goalId: string | null;
  points: SeriesPoint[];
  change: Change | null;
};

export type FamilyPerson = { id: string; name: string; kind: 'carer' | 'baby'; active: boolean };

export type FamilyMeasures = {
  results: MeasureResult[];
  goals: Goal[];
  scoredElsewhere: ScoredElsewhere[];
  people: FamilyPerson[];
  series: Series[];
};

export type GiveMeasure = {
  measureId: MeasureId;
  personId: string;
  timepoint: Timepoint;
  completedOn: string;
  responses: (number | null)[];
};
export type RateGoals = { timepoint: Timepoint; completedOn: string; ratings: { goalId: string; rating: number }[] };
export type RecordScore = {
  tool: ScoredElsewhereTool;
  toolName?: string;
  personId?: string;
  timepoint: Timepoint;
  scoredOn: string;
  score?: number;
  result?: string;
  notes?: string;
};

/** Under the family's key, so one invalidation after a change refreshes everything about the family. */
export const measureKeys = {
  catalogue: ['measures', 'catalogue'] as const,
  family: (familyId: string) => familyKeys.section(familyId, 'measures'),
};

export const getCatalogue = () => api<MeasureCatalogue>('/api/measures');
export const getFamilyMeasures = (familyId: string) => api<FamilyMeasures>(familyPath(familyId, '/measures'));

export const giveMeasure = (familyId: string, input: GiveMeasure) =>
  api<MeasureResult>(familyPath(familyId, '/measures'), { method: 'POST', body: input });
export const addGoal = (familyId: string, input: { text: string; setOn?: string }) =>
  api<Goal>(familyPath(familyId, '/goals'), { method: 'POST', body: input });
export const changeGoal = (id: string, input: { version: number; text?: string; closedOn?: string }) =>
  api<Goal>(`/api/goals/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
export const rateGoals = (familyId: string, input: RateGoals) =>
  api<MeasureResult>(familyPath(familyId, '/goal-ratings'), { method: 'POST', body: input });
export const withdrawResult = (id: string, input: { version: number; reason: string }) =>
  api<MeasureResult>(`/api/measure-results/${encodeURIComponent(id)}/withdraw`, { method: 'POST', body: input });
export const acknowledgeAlert = (id: string, input: { version: number; action: string }) =>
  api<MeasureResult>(`/api/measure-results/${encodeURIComponent(id)}/acknowledge`, { method: 'POST', body: input });
export const recordScore = (familyId: string, input: RecordScore) =>
  api<ScoredElsewhere>(familyPath(familyId, '/scored-elsewhere'), { method: 'POST', body: input });
