import { todayInLondon } from '../../../core/dates';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { openFamily, type FamilyAccess } from './access';
import { presentKeyDates, presentPerson, presentProfessional } from './present';
import { familyAlertCount } from '../measure-links/outstanding-measures';
import { visibleActiveFlags } from '../risks/active-flags';
import { findEpisodes, findReference, listPeople, listProfessionals, memberNames } from './queries';
import type { Tx } from '../../platform/db';

/** Opens a family's record: people, professionals, key dates, episodes and the banner's flags. Audited. */
export async function getFamily({ ctx, id }: { ctx: ServiceCtx; id: string }) {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, id);
    const record = await loadRecord(tx, ctx, access);
    await audit(tx, actor, { action: 'family.read', entityType: 'family', entityId: id });
    return record;
  });
}

/** The record as the caller may see it; the operations that change it answer this too. */
export async function loadRecord(tx: Tx, ctx: ServiceCtx, access: FamilyAccess) {
  const { family } = access;
  const today = todayInLondon();
  // One after another: a transaction is one connection, which runs one query at a time.
  const people = await listPeople(tx, ctx.serviceId, family.id);
  const professionals = await listProfessionals(tx, ctx.serviceId, family.id);
  const flags = await visibleActiveFlags(tx, access);
  // Critical answers on measures nobody has acted on yet: clinical, so only for those who see measures.
  const alerts = access.clinical ? await familyAlertCount(tx, ctx.serviceId, family.id) : 0;
  const episodes = await findEpisodes(tx, ctx.serviceId, family);
  const reference = await findReference(tx, ctx.serviceId, family.referralId);
  const names = await memberNames(tx, ctx.serviceId, [family.practitionerId, family.coWorkerId]);
  const named = (id: string | null) => (id ? { id, name: names.get(id) ?? 'Former member' } : null);
  return {
    id: family.id,
    name: family.name,
    reference,
    status: family.status,
    priority: family.priority,
    careSetting: family.careSetting,
    placementStart: family.placementStart,
    placementEnd: family.placementEnd,
    plannedEndOn: family.plannedEndOn,
    practitioner: named(family.practitionerId),
    coWorker: named(family.coWorkerId),
    keyDates: presentKeyDates(family),
    discharge:
      family.dischargedOn && family.dischargeReason
        ? { reason: family.dischargeReason, summary: family.dischargeSummary ?? '', on: family.dischargedOn }
        : null,
    previousEpisode: episodes.previous,
    laterEpisode: episodes.later,
    people: people.map((p) => presentPerson(p, today)),
    professionals: professionals.map(presentProfessional),
    flags,
    alerts,
    can: {
      edit: access.canEdit,
      readNotes: access.clinical,
      writeNotes: access.canWriteNotes,
      seeSafeguarding: access.restricted,
      discharge: access.canEdit && (ctx.role === 'manager' || (ctx.role === 'practitioner' && access.allocated)),
      seeAccessLog: ctx.role === 'manager',
    },
    version: family.version,
  };
}
