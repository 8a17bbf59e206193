import { audit } from '../../platform/audit';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { addDays } from '../../../core/dates';
import { londonMidnight, mondayInLondon } from './london-time';
import { policy } from './policy';
import { presentWeekItem } from './present';
import { findMember, listWeek as listWeekRows } from './queries';
import type { WeekQuery } from './schemas';

/**
 * One person's diary: their appointments over `days` UK calendar days from `from` (by default this
 * week, from Monday). The caller's own unless they are a manager or coordinator, who may look at
 * anyone's. It shows families' names only, so it is audited once as a look at that diary.
 */
export async function listWeek({ ctx, query }: { ctx: ServiceCtx; query: WeekQuery }) {
  authorize(ctx, policy.week);
  const practitionerId = query.practitionerId ?? ctx.membershipId;
  if (practitionerId !== ctx.membershipId && !(policy.anyDiary as readonly string[]).includes(ctx.role)) {
    throw new AppError('FORBIDDEN', 'You can only see your own appointments.');
  }
  const from = query.from ?? mondayInLondon();
  return withinService(ctx, async (tx, actor) => {
    const practitioner = await findMember(tx, ctx.serviceId, practitionerId);
    if (!practitioner) throw notFound('The practitioner');
    const rows = await listWeekRows(
      tx,
      ctx.serviceId,
      practitionerId,
      londonMidnight(from),
      londonMidnight(addDays(from, query.days)),
    );
    await audit(tx, actor, {
      action: 'appointments.week-read',
      entityType: 'membership',
      entityId: practitionerId,
      details: { from, days: query.days },
    });
    return {
      from,
      days: query.days,
      practitioner: { id: practitioner.id, name: practitioner.name },
      appointments: rows.map(presentWeekItem),
    };
  });
}
