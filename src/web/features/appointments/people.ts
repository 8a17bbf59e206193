import { formatDate } from '../../app/format';
import type { Person } from '../family/api';

/** How a person in the record is named here: a baby not yet named or born by their due date. */
export function personName(person: Person): string {
  if (person.name) return person.name;
  if (person.kind === 'carer') return 'Parent or carer (name not recorded)';
  if (!person.dateOfBirth && person.dueDate) return `Baby due ${formatDate(person.dueDate)}`;
  return 'Baby (name not recorded)';
}

/** The names of the people expected, from the record (people since removed from it included). */
export function expectedNames(ids: readonly string[], people: readonly Person[]): string[] {
  return ids.map((id) => {
    const person = people.find((p) => p.id === id);
    return person ? personName(person) : 'Someone no longer in the record';
  });
}
