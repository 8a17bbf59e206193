import { MEASURES, TIMEPOINTS, ENTRY_MODES } from '../../../core/measures/catalogue';
import type { measureResults } from '../../db/schema-outcomes';
import type { FhirResource } from './fhir-bundle';
import type { PersonRow } from './queries';

export type MeasureResultRow = typeof measureResults.$inferSelect;

const OBSERVATION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';
const score = (value: number) => ({ value, unit: 'score', system: 'http://unitsofmeasure.org', code: '{score}' });

/**
 * A parent's scored questionnaires as FHIR Observations (category "survey"): the total, with its
 * LOINC code where one is published, the band as the interpretation and each subscale as a
 * component. A result entered in error is kept as `entered-in-error`; one left incomplete has no
 * total to carry and is left out, as are the family's goal ratings (they belong to no one person).
 * The answers themselves stay in Haven.
 */
export function measureObservations(results: MeasureResultRow[], peopleById: Map<string, PersonRow>): FhirResource[] {
  return results.flatMap((r) => {
    const person = r.personId ? peopleById.get(r.personId) : undefined;
    if (!person || r.total === null) return [];
    const def = MEASURES[r.measureId];
    const notes = [
      `Given at ${TIMEPOINTS[r.timepoint].toLowerCase()}; ${ENTRY_MODES[r.mode].toLowerCase()}.`,
      r.prorated ? 'The total is pro-rated for an unanswered item.' : null,
      r.withdrawnReason ? `Entered in error: ${r.withdrawnReason}` : null,
    ].filter((n) => n !== null);
    const components = def.subscales.flatMap((sub) => {
      const value = r.subscales[sub.id];
      return value === null || value === undefined ? [] : [{ code: { text: sub.name }, valueQuantity: score(value) }];
    });
    return [
      {
        resourceType: 'Observation',
        id: r.id,
        status: r.withdrawnAt ? 'entered-in-error' : 'final',
        category: [{ coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'survey', display: 'Survey' }] }],
        code: {
          coding: def.loinc ? [{ system: 'http://loinc.org', ...def.loinc }] : undefined,
          text: `${def.shortName} total score`,
        },
        subject: { reference: `urn:uuid:${person.id}`, display: person.name ?? undefined },
        effectiveDateTime: r.completedOn,
        valueQuantity: score(r.total),
        interpretation: r.band ? [{ text: r.band }] : undefined,
        note: notes.map((text) => ({ text })),
        component: components.length > 0 ? components : undefined,
      },
    ];
  });
}
