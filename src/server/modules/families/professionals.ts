import { v7 as uuidv7 } from 'uuid';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { notFound, staleVersion } from '../../platform/errors';
import { openFamily, requireOpen } from './access';
import { presentProfessional } from './present';
import { insertProfessional, listProfessionals, updateProfessional } from './queries';
import type { ChangeProfessional, ProfessionalFields } from './schemas';

/** Adds a professional around the family (health visitor, GP, social worker…). */
export async function addProfessional({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: ProfessionalFields }) {
  return withinService(ctx, async (tx, actor) => {
    requireOpen(await openFamily(tx, ctx, id));
    const professionalId = uuidv7();
    await insertProfessional(tx, { serviceId: ctx.serviceId, familyId: id, id: professionalId, ...input });
    await audit(tx, actor, {
      action: 'professional.added',
      entityType: 'professional',
      entityId: professionalId,
      details: { familyId: id },
    });
    const row = (await listProfessionals(tx, ctx.serviceId, id)).find((p) => p.id === professionalId);
    if (!row) throw notFound('The professional');
    return presentProfessional(row);
  });
}

/** Changes a professional's details, or marks them no longer involved (`active: false`). */
export async function changeProfessional({
  ctx,
  id,
  professionalId,
  input,
}: {
  ctx: ServiceCtx;
  id: string;
  professionalId: string;
  input: ChangeProfessional;
}) {
  return withinService(ctx, async (tx, actor) => {
    requireOpen(await openFamily(tx, ctx, id));
    const exists = (await listProfessionals(tx, ctx.serviceId, id)).some((p) => p.id === professionalId);
    if (!exists) throw notFound('The professional');
    const { version, ...values } = input;
    const row = await updateProfessional(
      tx,
      { serviceId: ctx.serviceId, familyId: id, id: professionalId, version },
      values,
    );
    if (!row) throw staleVersion("this professional's details");
    await audit(tx, actor, {
      action: 'professional.changed',
      entityType: 'professional',
      entityId: professionalId,
      details: { familyId: id },
    });
    return presentProfessional(row);
  });
}
