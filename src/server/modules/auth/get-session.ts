import { inScope } from '../../platform/db';
import type { Ctx } from '../../platform/context';
import type { SessionState } from '../../platform/session';
import { listUserServices } from './queries';

/** The caller's session as the web app needs it: who they are, their services and their state. */
export async function getSession({ ctx, session }: { ctx: Ctx; session: SessionState }) {
  const services = session.twoFactorPending
    ? []
    : await inScope(ctx.db, { serviceId: null, userId: session.userId }, (tx) => listUserServices(tx, session.userId));
  return { session, services };
}
