import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { openFamily, requireClinical } from '../families';
import { buildFhirBundle, type FhirBundle } from './fhir-bundle';
import {
  findServiceName,
  listAppointments,
  listFlags,
  listPeople,
  listProfessionals,
  listSignedNotes,
  memberNames,
} from './queries';
import { listMeasureResults } from './outcome-queries';

/**
 * A family's record (this episode) as a FHIR R4 Bundle: its people, the episode of care, the
 * appointments and encounters, the active risk flags the caller may see, the signed case notes and
 * the parents' scored questionnaires.
 * The export carries the clinical record, so only practitioners who can open the family, and
 * managers, may take it. Audited as 'family.exported-fhir'.
 */
export async function exportFhir({ ctx, familyId }: { ctx: ServiceCtx; familyId: string }): Promise<FhirBundle> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    requireClinical(access);
    const { family } = access;
    const ids = [family.id];
    // One after another: a transaction is one connection, which runs one query at a time.
    const serviceName = await findServiceName(tx, ctx.serviceId);
    const people = await listPeople(tx, ctx.serviceId, ids);
    const professionals = await listProfessionals(tx, ctx.serviceId, ids);
    const appointments = await listAppointments(tx, ctx.serviceId, ids);
    const notes = await listSignedNotes(tx, ctx.serviceId, ids);
    const flags = await listFlags(tx, ctx.serviceId, ids, { includeRestricted: access.restricted, activeOnly: true });
    const measures = (await listMeasureResults(tx, ctx.serviceId, ids)).map((m) => m.result);
    const names = await memberNames(tx, ctx.serviceId, [family.practitionerId, family.coWorkerId]);
    const bundle = buildFhirBundle({
      bundleId: uuidv7(),
      now: new Date(),
      serviceName,
      family,
      memberNames: names,
      people,
      professionals,
      appointments,
      notes,
      flags,
      measures,
    });
    await audit(tx, actor, {
      action: 'family.exported-fhir',
      entityType: 'family',
      entityId: familyId,
      details: { familyId },
    });
    return bundle;
  });
}
