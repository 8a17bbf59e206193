import { AppError } from '../../platform/errors';
import type { Tx } from '../../platform/db';
import type { ServiceCtx } from '../../platform/context';
import { APPOINTMENT_HOLDERS } from './policy';
import { activePeopleAmong, findMember } from './queries';

/**
 * Who an appointment is with: the member named, or else the caller when they hold a caseload
 * themselves. It must be an active practitioner or manager of this service.
 */
export async function checkPractitioner(tx: Tx, ctx: ServiceCtx, named: string | undefined): Promise<string> {
  const id = named ?? ((APPOINTMENT_HOLDERS as readonly string[]).includes(ctx.role) ? ctx.membershipId : null);
  if (!id) {
    throw new AppError('VALIDATION', 'Choose who the appointment is with.', {
      fields: [{ path: 'body.practitionerId', message: 'Choose who the appointment is with' }],
    });
  }
  const m = await findMember(tx, ctx.serviceId, id);
  if (!m || !m.active || !(APPOINTMENT_HOLDERS as readonly string[]).includes(m.role)) {
    throw new AppError('VALIDATION', 'Choose an active practitioner or manager in this service.', {
      fields: [{ path: 'body.practitionerId', message: 'Choose an active practitioner or manager in this service' }],
    });
  }
  return id;
}

/** The people expected to come, each once: every one must be a current member of this family's record. */
export async function checkPeople(tx: Tx, serviceId: string, familyId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = await activePeopleAmong(tx, serviceId, familyId, unique);
  if (unique.some((id) => !found.has(id))) {
    throw new AppError('VALIDATION', "Choose the people expected from those in this family's record.", {
      fields: [{ path: 'body.expectedPersonIds', message: "Choose people from this family's record" }],
    });
  }
  return unique;
}
