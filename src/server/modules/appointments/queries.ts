import { and, asc, eq, gt, gte, inArray, isNull, lt, max, or, sql } from 'drizzle-orm';
import { appointments, families, familyPeople, memberships, users } from '../../db/schema';
import type { Tx } from '../../platform/db';

export type AppointmentValues = typeof appointments.$inferInsert;

const appointmentColumns = {
  id: appointments.id,
  familyId: appointments.familyId,
  startsAt: appointments.startsAt,
  durationMinutes: appointments.durationMinutes,
  place: appointments.place,
  expectedPersonIds: appointments.expectedPersonIds,
  status: appointments.status,
  outcomeNote: appointments.outcomeNote,
  outcomeRecordedAt: appointments.outcomeRecordedAt,
  rescheduleCount: appointments.rescheduleCount,
  practitionerId: appointments.practitionerId,
  practitionerName: users.displayName,
  version: appointments.version,
};

function selectAppointments(tx: Tx) {
  return tx
    .select(appointmentColumns)
    .from(appointments)
    .innerJoin(
      memberships,
      and(eq(memberships.serviceId, appointments.serviceId), eq(memberships.id, appointments.practitionerId)),
    )
    .innerJoin(users, eq(users.id, memberships.userId));
}

export type AppointmentRow = Awaited<ReturnType<typeof findAppointment>> & {};

export const findAppointment = async (tx: Tx, serviceId: string, id: string) =>
  (await selectAppointments(tx).where(and(eq(appointments.serviceId, serviceId), eq(appointments.id, id))))[0] ?? null;

/** A family's appointments, earliest first (ties broken by id, so the order is stable). */
export const listForFamily = (tx: Tx, serviceId: string, familyId: string) =>
  selectAppointments(tx)
    .where(and(eq(appointments.serviceId, serviceId), eq(appointments.familyId, familyId)))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));

/** One practitioner's appointments starting in [from, to), earliest first, each with its family's name. */
export const listWeek = async (tx: Tx, serviceId: string, practitionerId: string, from: Date, to: Date) =>
  tx
    .select({ ...appointmentColumns, familyName: families.name })
    .from(appointments)
    .innerJoin(
      memberships,
      and(eq(memberships.serviceId, appointments.serviceId), eq(memberships.id, appointments.practitionerId)),
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(families, and(eq(families.serviceId, appointments.serviceId), eq(families.id, appointments.familyId)))
    .where(
      and(
        eq(appointments.serviceId, serviceId),
        eq(appointments.practitionerId, practitionerId),
        gte(appointments.startsAt, from),
        lt(appointments.startsAt, to),
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(appointments.id));

/** A member of the service, with their name, role and whether they are active. */
export const findMember = async (tx: Tx, serviceId: string, membershipId: string) =>
  (
    await tx
      .select({ id: memberships.id, name: users.displayName, role: memberships.role, active: memberships.active })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.serviceId, serviceId), eq(memberships.id, membershipId)))
  )[0] ?? null;

/** The ids among `ids` that are active people in the family's record. */
export async function activePeopleAmong(tx: Tx, serviceId: string, familyId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx
    .select({ id: familyPeople.id })
    .from(familyPeople)
    .where(
      and(
        eq(familyPeople.serviceId, serviceId),
        eq(familyPeople.familyId, familyId),
        eq(familyPeople.active, true),
        inArray(familyPeople.id, ids),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

export async function insertAppointment(tx: Tx, values: AppointmentValues) {
  await tx.insert(appointments).values(values);
}

/** The version-checked update every change goes through; answers how many rows changed (0 or 1). */
export async function updateAppointment(
  tx: Tx,
  serviceId: string,
  id: string,
  version: number,
  values: Partial<Omit<AppointmentValues, 'serviceId' | 'id' | 'familyId' | 'version'>>,
) {
  const rows = await tx
    .update(appointments)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(appointments.serviceId, serviceId), eq(appointments.id, id), eq(appointments.version, version)))
    .returning({ id: appointments.id });
  return rows.length;
}

/**
 * Sets a family's first contact date unless it is already set. Bumps the family's version, so a form
 * open on the family's key dates cannot overwrite it unseen. Answers whether it was set.
 */
export async function setFirstContact(tx: Tx, serviceId: string, familyId: string, on: string) {
  const rows = await tx
    .update(families)
    .set({ firstContactOn: on, version: sql`${families.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(families.serviceId, serviceId),
        eq(families.id, familyId),
        or(isNull(families.firstContactOn), gt(families.firstContactOn, on)),
      ),
    )
    .returning({ id: families.id });
  return rows.length > 0;
}

/**
 * For the caseload: each family's next booked appointment starting at `now` or later. Families with
 * none are absent from the map.
 */
export async function nextAppointments(
  tx: Tx,
  serviceId: string,
  familyIds: string[],
  now: Date = new Date(),
): Promise<Map<string, { startsAt: Date; place: AppointmentValues['place'] }>> {
  if (familyIds.length === 0) return new Map();
  const rows = await tx
    .selectDistinctOn([appointments.familyId], {
      familyId: appointments.familyId,
      startsAt: appointments.startsAt,
      place: appointments.place,
    })
    .from(appointments)
    .where(
      and(
        eq(appointments.serviceId, serviceId),
        inArray(appointments.familyId, familyIds),
        eq(appointments.status, 'booked'),
        gte(appointments.startsAt, now),
      ),
    )
    .orderBy(asc(appointments.familyId), asc(appointments.startsAt), asc(appointments.id));
  return new Map(rows.map((r) => [r.familyId, { startsAt: r.startsAt, place: r.place }]));
}

/** For the caseload: when each family was last seen (the latest attended appointment). */
export async function lastContacts(tx: Tx, serviceId: string, familyIds: string[]): Promise<Map<string, Date>> {
  if (familyIds.length === 0) return new Map();
  const rows = await tx
    .select({ familyId: appointments.familyId, at: max(appointments.startsAt) })
    .from(appointments)
    .where(
      and(
        eq(appointments.serviceId, serviceId),
        inArray(appointments.familyId, familyIds),
        eq(appointments.status, 'attended'),
      ),
    )
    .groupBy(appointments.familyId);
  const out = new Map<string, Date>();
  for (const r of rows) if (r.at) out.set(r.familyId, r.at);
  return out;
}
