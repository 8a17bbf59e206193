import { inScope } from '../../platform/db';
import { audit } from '../../platform/audit';
import { actorIn, type Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { listUserServices, setSessionService } from './queries';
import type { ChooseService } from './schemas';

/** Switches the session to one of the caller's services; any other service is simply not found. */
export async function chooseService({
  ctx,
  input,
}: {
  ctx: Ctx & { userId: string; sessionId: string };
  input: ChooseService;
}): Promise<void> {
  await inScope(ctx.db, { serviceId: input.serviceId, userId: ctx.userId }, async (tx) => {
    const mine = await listUserServices(tx, ctx.userId);
    if (!mine.some((s) => s.id === input.serviceId)) throw notFound('The service');
    await setSessionService(tx, ctx.sessionId, input.serviceId);
    await audit(tx, actorIn(ctx, input.serviceId), {
      action: 'service.entered',
      entityType: 'service',
      entityId: input.serviceId,
    });
  });
}
