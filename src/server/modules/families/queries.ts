import { and, asc, count, desc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  appointments,
  auditEvents,
  caseNotes,
  families,
  familyPeople,
  familyProfessionals,
  memberships,
  referrals,
  riskFlags,
  services,
  users,
} from '../../db/schema';
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

// ---- The family record -------------------------------------------------------------------

export const listPeople = (tx: Tx, serviceId: string, familyId: string) =>
  tx
    .select()
    .from(familyPeople)
    .where(and(eq(familyPeople.serviceId, serviceId), eq(familyPeople.familyId, familyId)))
    .orderBy(asc(familyPeople.kind), asc(familyPeople.createdAt));
export type PersonRow = typeof familyPeople.$inferSelect;

export const listProfessionals = (tx: Tx, serviceId: string, familyId: string) =>
  tx
    .select()
    .from(familyProfessionals)
    .where(and(eq(familyProfessionals.serviceId, serviceId), eq(familyProfessionals.familyId, familyId)))
    .orderBy(asc(familyProfessionals.createdAt));
export type ProfessionalRow = typeof familyProfessionals.$inferSelect;

/** Display names of members, by membership id. */
export async function memberNames(tx: Tx, serviceId: string, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: memberships.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.serviceId, serviceId), inArray(memberships.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const findReference = async (tx: Tx, serviceId: string, referralId: string) =>
  (
    await tx
      .select({ reference: referrals.reference })
      .from(referrals)
      .where(and(eq(referrals.serviceId, serviceId), eq(referrals.id, referralId)))
  )[0]?.reference ?? '';

/** The family's episode before this one, and the one that followed it, if any. */
export async function findEpisodes(
  tx: Tx,
  serviceId: string,
  family: { id: string; previousEpisodeId: string | null },
) {
  const [previous] = family.previousEpisodeId
    ? await tx
        .select({ id: families.id, referralDate: families.referralDate, dischargedOn: families.dischargedOn })
        .from(families)
        .where(and(eq(families.serviceId, serviceId), eq(families.id, family.previousEpisodeId)))
    : [];
  const [later] = await tx
    .select({ id: families.id, referralDate: families.referralDate, status: families.status })
    .from(families)
    .where(and(eq(families.serviceId, serviceId), eq(families.previousEpisodeId, family.id)))
    .orderBy(desc(families.createdAt))
    .limit(1);
  return { previous: previous ?? null, later: later ?? null };
}

export const insertPerson = (tx: Tx, row: typeof familyPeople.$inferInsert) => tx.insert(familyPeople).values(row);

export async function updatePerson(
  tx: Tx,
  key: { serviceId: string; familyId: string; id: string; version: number },
  values: Partial<typeof familyPeople.$inferInsert>,
) {
  const rows = await tx
    .update(familyPeople)
    .set({ ...values, version: key.version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(familyPeople.serviceId, key.serviceId),
        eq(familyPeople.familyId, key.familyId),
        eq(familyPeople.id, key.id),
        eq(familyPeople.version, key.version),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

export const insertProfessional = (tx: Tx, row: typeof familyProfessionals.$inferInsert) =>
  tx.insert(familyProfessionals).values(row);

export async function updateProfessional(
  tx: Tx,
  key: { serviceId: string; familyId: string; id: string; version: number },
  values: Partial<typeof familyProfessionals.$inferInsert>,
) {
  const rows = await tx
    .update(familyProfessionals)
    .set({ ...values, version: key.version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(familyProfessionals.serviceId, key.serviceId),
        eq(familyProfessionals.familyId, key.familyId),
        eq(familyProfessionals.id, key.id),
        eq(familyProfessionals.version, key.version),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

/** Changes the family's own row if it is still at `version`; answers whether it did. */
export async function updateFamily(
  tx: Tx,
  key: { serviceId: string; id: string; version: number },
  values: Partial<typeof families.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(families)
    .set({ ...values, version: key.version + 1, updatedAt: new Date() })
    .where(and(eq(families.serviceId, key.serviceId), eq(families.id, key.id), eq(families.version, key.version)))
    .returning({ id: families.id });
  return rows.length > 0;
}

/** Closes the family's active risk flags when the work ends, so no review is left waiting on a closed record. */
export const closeActiveFlags = (tx: Tx, serviceId: string, familyId: string, closedOn: string) =>
  tx
    .update(riskFlags)
    .set({
      closedOn,
      closedReason: 'Closed when the family was discharged.',
      version: sql`${riskFlags.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(riskFlags.serviceId, serviceId), eq(riskFlags.familyId, familyId), isNull(riskFlags.closedOn)))
    .returning({ id: riskFlags.id });

/** Cancels the family's future booked appointments, as the service, when the work ends. */
export const cancelFutureAppointments = (tx: Tx, serviceId: string, familyId: string) =>
  tx
    .update(appointments)
    .set({
      status: 'cancelled-by-service',
      outcomeNote: 'Cancelled when the family was discharged.',
      outcomeRecordedAt: new Date(),
      version: sql`${appointments.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(appointments.serviceId, serviceId),
        eq(appointments.familyId, familyId),
        eq(appointments.status, 'booked'),
        gt(appointments.startsAt, new Date()),
      ),
    )
    .returning({ id: appointments.id });

/** Everything the audit trail holds about one family and what is in it, newest first. */
export const familyAuditEvents = (tx: Tx, serviceId: string, familyId: string) =>
  tx
    .select({
      at: auditEvents.occurredAt,
      by: users.displayName,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.serviceId, serviceId),
        or(
          and(eq(auditEvents.entityType, 'family'), eq(auditEvents.entityId, familyId)),
          sql`${auditEvents.details}->>'familyId' = ${familyId}`,
        ),
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(500);

/** Per family: draft notes not yet signed, and past appointments still booked (their outcome not recorded). */
export async function outstandingWork(tx: Tx, serviceId: string, familyIds: string[]) {
  const drafts = new Map<string, number>();
  const outcomes = new Map<string, number>();
  if (familyIds.length === 0) return { drafts, outcomes };
  const draftRows = await tx
    .select({ familyId: caseNotes.familyId, n: count() })
    .from(caseNotes)
    .where(
      and(eq(caseNotes.serviceId, serviceId), inArray(caseNotes.familyId, familyIds), eq(caseNotes.status, 'draft')),
    )
    .groupBy(caseNotes.familyId);
  const outcomeRows = await tx
    .select({ familyId: appointments.familyId, n: count() })
    .from(appointments)
    .where(
      and(
        eq(appointments.serviceId, serviceId),
        inArray(appointments.familyId, familyIds),
        eq(appointments.status, 'booked'),
        lt(appointments.startsAt, new Date()),
      ),
    )
    .groupBy(appointments.familyId);
  for (const r of draftRows) drafts.set(r.familyId, r.n);
  for (const r of outcomeRows) outcomes.set(r.familyId, r.n);
  return { drafts, outcomes };
}

/** Every active member who holds families now, for a manager's view of the team. */
export const listCaseloadHolders = (tx: Tx, serviceId: string) =>
  tx
    .selectDistinct({ id: memberships.id, name: users.displayName, role: memberships.role })
    .from(families)
    .innerJoin(
      memberships,
      and(
        eq(memberships.serviceId, families.serviceId),
        or(eq(memberships.id, families.practitionerId), eq(memberships.id, families.coWorkerId)),
      ),
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(families.serviceId, serviceId), eq(families.status, 'allocated')))
    .orderBy(users.displayName);
