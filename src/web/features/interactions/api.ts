import type { InteractionEvent, InteractionSummary } from '../../../core/interaction';
import { api } from '../../app/api-client';
import { familyKeys, familyPath } from '../family/api';

type Named = { id: string; name: string };
export type InteractionSource = 'live' | 'recording';

/** A coded interaction as the API answers it, with its metrics computed by the core on the server. */
export type InteractionObservation = {
  id: string;
  child: Named;
  carer: Named;
  observedOn: string;
  source: InteractionSource;
  context: string | null;
  durationMs: number;
  events: InteractionEvent[];
  notes: string | null;
  codedBy: Named | null;
  metrics: InteractionSummary;
  version: number;
};

export type InteractionList = {
  observations: InteractionObservation[];
  carers: Named[];
  babies: (Named & { dateOfBirth: string })[];
  canWrite: boolean;
};

export type RecordInteraction = {
  childId: string;
  carerId: string;
  observedOn: string;
  source: InteractionSource;
  context?: string;
  durationMs: number;
  events: InteractionEvent[];
  notes?: string;
};

export const interactionKeys = { list: (familyId: string) => familyKeys.section(familyId, 'interactions') };

export const listInteractions = (familyId: string) => api<InteractionList>(familyPath(familyId, '/interactions'));

export const recordInteraction = (familyId: string, input: RecordInteraction) =>
  api<InteractionObservation>(familyPath(familyId, '/interactions'), { method: 'POST', body: input });

export type UpdateInteraction = { version: number; context?: string; notes?: string };

export const updateInteraction = (id: string, input: UpdateInteraction) =>
  api<InteractionObservation>(`/api/interactions/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
