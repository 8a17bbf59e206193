import { storedEvents, summariseInteraction } from '../../../core/interaction';
import { isBornChild, isCarer, type FamilyPersonRow } from '../families';
import type { InteractionRow } from './queries';
import type { InteractionObservation } from './schemas';

const person = (id: string, name: string | null, fallback: string) => ({ id, name: name ?? fallback });

/**
 * An observation as the record shows it, with its metrics computed by the core from the stored
 * events each time (so a correction to the rules never leaves stale numbers behind). Context and
 * notes are for the record's readers only, never for audit or logs.
 */
export function presentInteraction(row: InteractionRow): InteractionObservation {
  const events = storedEvents(row.events);
  return {
    id: row.id,
    child: person(row.childId, row.childName, 'Unnamed baby'),
    carer: person(row.carerId, row.carerName, 'Unnamed carer'),
    observedOn: row.observedOn,
    source: row.source,
    context: row.context,
    durationMs: row.durationMs,
    events,
    notes: row.notes,
    codedBy: row.codedById && row.codedByName ? { id: row.codedById, name: row.codedByName } : null,
    metrics: summariseInteraction(events),
    version: row.version,
  };
}

/** The people a new observation can be of: current carers, and babies already born. */
export function presentObservable(people: FamilyPersonRow[]) {
  return {
    carers: people.filter(isCarer).map((p) => person(p.id, p.name, 'Unnamed carer')),
    babies: people
      .filter(isBornChild)
      .map((p) => ({ ...person(p.id, p.name, 'Unnamed baby'), dateOfBirth: p.dateOfBirth })),
  };
}
