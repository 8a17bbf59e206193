import { and, asc, count, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { families, memberships, referrals, services, users } from '../../db/schema';
import type { Tx } from '../../platform/db';
import { ALLOCATABLE_ROLES } from './policy';

export const findService = async (tx: Tx, serviceId: string) =>
  (await tx.select().from(services).where(eq(services.id, serviceId)))[0] ?? null;

const lead = alias(memberships, 'lead');
const leadUser = alias(users, 'lead_user');
const co = alias(memberships, 'co');
const coUser = alias(users, 'co_user');

const familyColumns = {
  id: families.id,
  name: families.name,
  status: families.status,
  priority: families.priority,
  referralDate: families.referralDate,
  acceptedAt: families.acceptedAt,
  allocatedAt: families.allocatedAt,
  version: families.version,
  reference: referrals.reference,
  source: referrals.source,
  practitionerId: families.practitionerId,
  practitionerName: leadUser.displayName,
  coWorkerId: families.coWorkerId,
  coWorkerName: coUser.displayName,
};

function selectFamilies(tx: Tx) {
  return tx
    .select(familyColumns)
    .from(families)
    .innerJoin(referrals, and(eq(referrals.serviceId, families.serviceId), eq(referrals.id, families.referralId)))
    .leftJoin(lead, and(eq(lead.serviceId, families.serviceId), eq(lead.id, families.practitionerId)))
    .leftJoin(leadUser, eq(leadUser.id, lead.userId))
    .leftJoin(co, and(eq(co.serviceId, families.serviceId), eq(co.id, families.coWorkerId)))
    .leftJoin(coUser, eq(coUser.id, co.userId));
}

export type FamilyRow = Awaited<ReturnType<typeof listWaiting>>[number];

export const listWaiting = (tx: Tx, serviceId: string) =>
  selectFamilies(tx)
    .where(and(eq(families.serviceId, serviceId), eq(families.status, 'waiting')))
    .orderBy(asc(families.referralDate), asc(families.acceptedAt));

export const findFamily = async (tx: Tx, serviceId: string, id: string) =>
  (await selectFamilies(tx).where(and(eq(families.serviceId, serviceId), eq(families.id, id))))[0] ?? null;

/** The families a member holds, as lead practitioner or co-worker. */
export const listCaseload = (tx: Tx, serviceId: string, membershipId: string) =>
  selectFamilies(tx)
    .where(
      and(
        eq(families.serviceId, serviceId),
        eq(families.status, 'allocated'),
        or(eq(families.practitionerId, membershipId), eq(families.coWorkerId, membershipId)),
      ),
    )
    .orderBy(asc(families.allocatedAt));

export const findMembershipOf = async (tx: Tx, serviceId: string, userId: string) =>
  (
    await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.serviceId, serviceId), eq(memberships.userId, userId)))
  )[0]?.id ?? null;

/** Active members who can hold a caseload, with how many families each holds now. */
export async function listAllocatable(tx: Tx, serviceId: string) {
  const people = await tx
    .select({ id: memberships.id, name: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.serviceId, serviceId),
        eq(memberships.active, true),
        inArray(memberships.role, [...ALLOCATABLE_ROLES]),
      ),
    )
    .orderBy(users.displayName);
  const loads = await tx
    .select({ id: families.practitionerId, n: count() })
    .from(families)
    .where(and(eq(families.serviceId, serviceId), eq(families.status, 'allocated')))
    .groupBy(families.practitionerId);
  const byId = new Map(loads.map((l) => [l.id, l.n]));
  return people.map((p) => ({ ...p, caseload: byId.get(p.id) ?? 0 }));
}

export async function allocate(
  tx: Tx,
  serviceId: string,
  id: string,
  version: number,
  values: { practitionerId: string; coWorkerId: string | null },
) {
  const rows = await tx
    .update(families)
    .set({ ...values, status: 'allocated', allocatedAt: new Date(), version: version + 1, updatedAt: new Date() })
    .where(and(eq(families.serviceId, serviceId), eq(families.id, id), eq(families.version, version)))
    .returning({ id: families.id });
  return rows.length;
}
