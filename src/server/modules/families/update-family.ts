import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, staleVersion } from '../../platform/errors';
import { openFamily, requireOpen } from './access';
import { loadRecord } from './get-family';
import { updateFamily } from './queries';
import type { ChangeFamily } from './schemas';

/** Changes the care setting, placement dates and key dates of the work. Practitioners and managers. */
export async function changeFamily({ ctx, id, input }: { ctx: ServiceCtx; id: string; input: ChangeFamily }) {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, id);
    requireOpen(access);
    if (!access.clinical) throw new AppError('FORBIDDEN', 'Only practitioners and managers can change the key dates.');
    const { version, ...values } = input;
    if (!(await updateFamily(tx, { serviceId: ctx.serviceId, id, version }, values))) throw staleVersion('this record');
    await audit(tx, actor, { action: 'family.changed', entityType: 'family', entityId: id });
    return loadRecord(tx, ctx, await openFamily(tx, ctx, id));
  });
}
