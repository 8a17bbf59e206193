import {
  ATTACHMENT_FEATURE_IDS,
  FEATURE_SEEN_CODES,
  type FeatureSeen,
} from '../../../core/assessments/attachment-features';
import { SECURE_BASE_DIMENSION_IDS } from '../../../core/assessments/secure-base';
import { CARE_SETTING_CODES, type CareSetting } from '../../../core/family-options';
import type { FamilyPersonRow } from '../families';
import type { ObservationRow, ReviewRow } from './queries';
import type { AttachmentObservation, SecureBaseReview } from './schemas';

type Names = Map<string, string | null>;

export const namesOf = (people: FamilyPersonRow[]): Names => new Map(people.map((p) => [p.id, p.name]));

const person = (names: Names, id: string) => ({ id, name: names.get(id) ?? null });

const careSetting = (code: string): CareSetting =>
  (CARE_SETTING_CODES as readonly string[]).includes(code) ? (code as CareSetting) : 'other';

const seen = (code: string | undefined): FeatureSeen =>
  (FEATURE_SEEN_CODES as readonly (string | undefined)[]).includes(code) ? (code as FeatureSeen) : 'not-observed';

/** A review as the record shows it: the five dimensions in the model's order, nothing else from the row. */
export function presentReview(row: ReviewRow, names: Names): SecureBaseReview {
  const dimensions = Object.fromEntries(
    SECURE_BASE_DIMENSION_IDS.map((id) => {
      const d = row.dimensions[id];
      // Every stored review rates all five (the write checks it); a gap would be a broken row.
      if (!d) throw new Error(`Secure Base review ${row.id} has no ${id} dimension`);
      return [id, { carer: d.carer, child: d.child, evidence: d.evidence, goals: d.goals }];
    }),
  ) as SecureBaseReview['dimensions'];
  return {
    id: row.id,
    child: person(names, row.childId),
    carer: person(names, row.carerId),
    reviewedOn: row.reviewedOn,
    careSetting: careSetting(row.careSetting),
    dimensions,
    summary: row.summary,
    reviewedBy: row.reviewedById && row.reviewedByName ? { id: row.reviewedById, name: row.reviewedByName } : null,
    version: row.version,
  };
}

/** An observation as the record shows it: the four features in order. */
export function presentObservation(row: ObservationRow, names: Names): AttachmentObservation {
  const features = Object.fromEntries(
    ATTACHMENT_FEATURE_IDS.map((id) => {
      const f = row.features[id];
      return [id, { seen: seen(f?.seen), description: f?.description ?? '' }];
    }),
  ) as AttachmentObservation['features'];
  return {
    id: row.id,
    child: person(names, row.childId),
    carer: person(names, row.carerId),
    observedOn: row.observedOn,
    observedBy: row.observedBy,
    setting: row.setting,
    features,
    recordedBy: row.recordedById && row.recordedByName ? { id: row.recordedById, name: row.recordedByName } : null,
    version: row.version,
  };
}
