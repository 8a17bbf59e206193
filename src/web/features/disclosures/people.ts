import { formatDate } from '../../app/format';
import type { Person } from '../family/api';

/** A person of the record as the disclosure log names them; a pregnancy has no name yet. */
export function personName(p: Person): string {
  if (p.name) return p.name;
  if (p.kind === 'baby') return p.dueDate ? `Unborn baby, due ${formatDate(p.dueDate)}` : 'Unborn baby';
  return 'Parent or carer (name not recorded)';
}

export const personRole = (p: Person): string => {
  if (p.kind === 'carer') return 'Parent or carer';
  return p.dateOfBirth ? 'Baby' : 'Pregnancy';
};
