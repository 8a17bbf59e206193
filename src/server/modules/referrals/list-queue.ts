import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { policy } from './policy';
import { drainInbox } from './process-inbox';
import { presentQueueItem } from './present';
import { listQueue as selectQueue } from './queries';
import type { QueueFilter } from './schemas';

/** The triage queue: referrals awaiting a decision (or with the chosen status), oldest first. */
export async function listQueue({ ctx, filter }: { ctx: ServiceCtx; filter: QueueFilter }) {
  authorize(ctx, policy.triage);
  // Submissions still in the inbox are turned into referrals first, so the queue is never behind.
  await drainInbox(ctx.db, ctx.serviceId);
  const rows = await withinService(ctx, (tx) => selectQueue(tx, ctx.serviceId, filter));
  return rows.map(presentQueueItem);
}
