import type { AttachmentFeatureId, FeatureSeen } from '../../../core/assessments/attachment-features';
import type { SecureBaseDimensionId } from '../../../core/assessments/secure-base';
import type { CareSetting } from '../../../core/family-options';
import { api } from '../../app/api-client';
import { familyKeys, familyPath } from '../family/api';

type PersonName = { id: string; name: string | null };
type Named = { id: string; name: string };

export type DimensionEntry = { carer: number; child: number; evidence: string; goals: string };
export type Dimensions = Record<SecureBaseDimensionId, DimensionEntry>;
export type FeatureEntry = { seen: FeatureSeen; description: string };
export type Features = Record<AttachmentFeatureId, FeatureEntry>;

/** A Secure Base review as the API answers it. */
export type SecureBaseReview = {
  id: string;
  child: PersonName;
  carer: PersonName;
  reviewedOn: string;
  careSetting: CareSetting;
  dimensions: Dimensions;
  summary: string | null;
  reviewedBy: Named | null;
  version: number;
};

/** An observation of the four features of attachment. */
export type AttachmentObservation = {
  id: string;
  child: PersonName;
  carer: PersonName;
  observedOn: string;
  observedBy: string;
  setting: string | null;
  features: Features;
  recordedBy: Named | null;
  version: number;
};

export type Assessments = {
  reviews: SecureBaseReview[];
  observations: AttachmentObservation[];
  people: { carers: PersonName[]; children: (PersonName & { dateOfBirth: string })[] };
  careSetting: CareSetting;
  canWrite: boolean;
};

export type ReviewInput = {
  childId: string;
  carerId: string;
  reviewedOn: string;
  careSetting: CareSetting;
  dimensions: Dimensions;
  summary: string;
};
export type ObservationInput = {
  childId: string;
  carerId: string;
  observedOn: string;
  observedBy: string;
  setting: string;
  features: Features;
};

/** Under the family's key, so a change to the record refreshes this too. */
export const assessmentKeys = { list: (familyId: string) => familyKeys.section(familyId, 'assessments') };

export const listAssessments = (familyId: string) => api<Assessments>(familyPath(familyId, '/assessments'));

export const recordReview = (familyId: string, input: ReviewInput) =>
  api<SecureBaseReview>(familyPath(familyId, '/secure-base-reviews'), { method: 'POST', body: input });

export const reviseReview = (id: string, input: Partial<ReviewInput> & { version: number }) =>
  api<SecureBaseReview>(`/api/secure-base-reviews/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });

export const recordObservation = (familyId: string, input: ObservationInput) =>
  api<AttachmentObservation>(familyPath(familyId, '/attachment-observations'), { method: 'POST', body: input });

export const reviseObservation = (id: string, input: Partial<ObservationInput> & { version: number }) =>
  api<AttachmentObservation>(`/api/attachment-observations/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });

/** A person's name as the page shows it; a baby may not be named yet. */
export const nameOf = (p: PersonName, kind: 'child' | 'carer'): string =>
  p.name ?? (kind === 'child' ? 'Unnamed baby' : 'Unnamed carer');

/**
 * The fields of `next` that differ from `before`, so a revision sends (and the audit trail records)
 * only what was changed. Nested values are compared by their JSON.
 */
export function changedFields<T extends Record<string, unknown>>(before: T, next: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])),
  ) as Partial<T>;
}
