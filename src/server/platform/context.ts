import type { Config } from '../config';
import type { Actor } from './audit';
import { inScope, PLATFORM_SCOPE, type Db, type Tx } from './db';
import type { Role } from '../../core/roles';
import { AppError } from './errors';

/** What an operation knows about the request: the database, the caller and where they are. */
export type Ctx = {
  db: Db;
  config: Config;
  requestId: string | null;
  clientAddress: string | null;
  userId: string | null;
  sessionId: string | null;
};

/** A caller acting inside one service with a role there. */
export type ServiceCtx = Ctx & { serviceId: string; role: Role; membershipId: string };

export const actorIn = (ctx: Ctx, serviceId: string): Actor => ({
  serviceId,
  userId: ctx.userId,
  requestId: ctx.requestId,
  clientAddress: ctx.clientAddress,
});

/** Refuses a caller whose role is not among `allowed`: the first step of every operation. */
export function authorize(ctx: ServiceCtx, allowed: readonly Role[]): void {
  if (!allowed.includes(ctx.role)) {
    throw new AppError('FORBIDDEN', 'Your role in this service does not allow this.');
  }
}

/** One transaction inside the caller's service, with row-level security set and an audit actor. */
export function withinService<T>(ctx: ServiceCtx, fn: (tx: Tx, actor: Actor) => Promise<T>): Promise<T> {
  return inScope(ctx.db, { serviceId: ctx.serviceId, userId: ctx.userId }, (tx) => fn(tx, actorIn(ctx, ctx.serviceId)));
}

/** One transaction for account-level work (sign-in, two-factor), audited in the platform scope. */
export function withinPlatform<T>(ctx: Ctx, fn: (tx: Tx, actor: Actor) => Promise<T>): Promise<T> {
  return inScope(ctx.db, { serviceId: PLATFORM_SCOPE, userId: ctx.userId }, (tx) =>
    fn(tx, actorIn(ctx, PLATFORM_SCOPE)),
  );
}
