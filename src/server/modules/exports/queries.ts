import { and, asc, eq, inArray, isNull, notInArray, or } from 'drizzle-orm';
import { RESTRICTED_RISK_TYPES } from '../../../core/family-options';
import {
  appointments,
  caseNotes,
  disclosures,
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

// Reads for exports, over whole episodes (one or several family ids). Every query is scoped to the
// service; row-level security scopes it again.

export type EpisodeRow = typeof families.$inferSelect;
export type PersonRow = typeof familyPeople.$inferSelect;
export type ProfessionalRow = typeof familyProfessionals.$inferSelect;

/** The longest chain of linked episodes followed: a guard against a cycle, far above any real family. */
const MAX_EPISODES = 50;

export const findServiceName = async (tx: Tx, serviceId: string) =>
  (await tx.select({ name: services.name }).from(services).where(eq(services.id, serviceId)))[0]?.name ?? '';

/**
 * Every episode of one family with the service, earliest first: the episodes before `family` (by
 * previous_episode_id), `family` itself, and those that followed it.
 */
export async function episodeChain(tx: Tx, serviceId: string, family: EpisodeRow): Promise<EpisodeRow[]> {
  const seen = new Set([family.id]);
  const before: EpisodeRow[] = [];
  let previousId = family.previousEpisodeId;
  while (previousId && !seen.has(previousId) && seen.size < MAX_EPISODES) {
    const [row] = await tx
      .select()
      .from(families)
      .where(and(eq(families.serviceId, serviceId), eq(families.id, previousId)));
    if (!row) break;
    seen.add(row.id);
    before.unshift(row);
    previousId = row.previousEpisodeId;
  }
  const after: EpisodeRow[] = [];
  let frontier = [family.id];
  while (frontier.length > 0 && seen.size < MAX_EPISODES) {
    const rows = await tx
      .select()
      .from(families)
      .where(and(eq(families.serviceId, serviceId), inArray(families.previousEpisodeId, frontier)))
      .orderBy(asc(families.referralDate), asc(families.createdAt));
    const fresh = rows.filter((r) => !seen.has(r.id));
    for (const r of fresh) seen.add(r.id);
    after.push(...fresh);
    frontier = fresh.map((r) => r.id);
  }
  return [...before, family, ...after];
}

export const listPeople = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select()
    .from(familyPeople)
    .where(and(eq(familyPeople.serviceId, serviceId), inArray(familyPeople.familyId, familyIds)))
    .orderBy(asc(familyPeople.kind), asc(familyPeople.createdAt), asc(familyPeople.id));

export const listProfessionals = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select()
    .from(familyProfessionals)
    .where(and(eq(familyProfessionals.serviceId, serviceId), inArray(familyProfessionals.familyId, familyIds)))
    .orderBy(asc(familyProfessionals.createdAt), asc(familyProfessionals.id));

/** Display names of members, by membership id. */
export async function memberNames(tx: Tx, serviceId: string, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: memberships.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.serviceId, serviceId), inArray(memberships.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const listAppointments = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select({
      id: appointments.id,
      familyId: appointments.familyId,
      startsAt: appointments.startsAt,
      durationMinutes: appointments.durationMinutes,
      place: appointments.place,
      expectedPersonIds: appointments.expectedPersonIds,
      status: appointments.status,
      outcomeNote: appointments.outcomeNote,
      createdAt: appointments.createdAt,
      practitionerId: appointments.practitionerId,
      practitionerName: users.displayName,
    })
    .from(appointments)
    .leftJoin(
      memberships,
      and(eq(memberships.serviceId, appointments.serviceId), eq(memberships.id, appointments.practitionerId)),
    )
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(appointments.serviceId, serviceId), inArray(appointments.familyId, familyIds)))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
export type AppointmentRow = Awaited<ReturnType<typeof listAppointments>>[number];

/** Signed case notes only: a draft is its author's work in progress, not yet part of the record. */
export const listSignedNotes = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select({
      id: caseNotes.id,
      familyId: caseNotes.familyId,
      addendumTo: caseNotes.addendumTo,
      noteDate: caseNotes.noteDate,
      body: caseNotes.body,
      signedAt: caseNotes.signedAt,
      authorName: users.displayName,
    })
    .from(caseNotes)
    .leftJoin(users, eq(users.id, caseNotes.authorId))
    .where(
      and(eq(caseNotes.serviceId, serviceId), inArray(caseNotes.familyId, familyIds), eq(caseNotes.status, 'signed')),
    )
    .orderBy(asc(caseNotes.noteDate), asc(caseNotes.signedAt), asc(caseNotes.id));
export type NoteRow = Awaited<ReturnType<typeof listSignedNotes>>[number];

/**
 * Risk flags of the episodes; restricted types (safeguarding) only with `includeRestricted`, and
 * with `activeOnly` only those not closed.
 */
export const listFlags = (
  tx: Tx,
  serviceId: string,
  familyIds: string[],
  opts: { includeRestricted: boolean; activeOnly: boolean },
) =>
  tx
    .select({
      id: riskFlags.id,
      familyId: riskFlags.familyId,
      type: riskFlags.type,
      level: riskFlags.level,
      summary: riskFlags.summary,
      raisedOn: riskFlags.raisedOn,
      reviewOn: riskFlags.reviewOn,
      raisedByName: users.displayName,
      closedOn: riskFlags.closedOn,
      closedReason: riskFlags.closedReason,
    })
    .from(riskFlags)
    .leftJoin(users, eq(users.id, riskFlags.raisedBy))
    .where(
      and(
        eq(riskFlags.serviceId, serviceId),
        inArray(riskFlags.familyId, familyIds),
        opts.includeRestricted ? undefined : notInArray(riskFlags.type, [...RESTRICTED_RISK_TYPES]),
        opts.activeOnly ? isNull(riskFlags.closedOn) : undefined,
      ),
    )
    .orderBy(asc(riskFlags.raisedOn), asc(riskFlags.id));
export type FlagRow = Awaited<ReturnType<typeof listFlags>>[number];

export const listDisclosures = (tx: Tx, serviceId: string, familyIds: string[]) =>
  tx
    .select({
      id: disclosures.id,
      familyId: disclosures.familyId,
      disclosedOn: disclosures.disclosedOn,
      recipient: disclosures.recipient,
      recipientOrganisation: disclosures.recipientOrganisation,
      information: disclosures.information,
      personIds: disclosures.personIds,
      lawfulBasis: disclosures.lawfulBasis,
      consent: disclosures.consent,
      reason: disclosures.reason,
      recordedByName: users.displayName,
    })
    .from(disclosures)
    .leftJoin(users, eq(users.id, disclosures.recordedBy))
    .where(and(eq(disclosures.serviceId, serviceId), inArray(disclosures.familyId, familyIds)))
    .orderBy(asc(disclosures.disclosedOn), asc(disclosures.createdAt), asc(disclosures.id));
export type DisclosureRow = Awaited<ReturnType<typeof listDisclosures>>[number];

/** The referrals that opened the episodes, and any later referral merged into one of them. */
export const listReferrals = (tx: Tx, serviceId: string, episodes: EpisodeRow[]) =>
  tx
    .select({
      id: referrals.id,
      familyId: referrals.familyId,
      reference: referrals.reference,
      route: referrals.route,
      receivedAt: referrals.receivedAt,
      referralDate: referrals.referralDate,
      submission: referrals.submission,
    })
    .from(referrals)
    .where(
      and(
        eq(referrals.serviceId, serviceId),
        or(
          inArray(
            referrals.id,
            episodes.map((e) => e.referralId),
          ),
          inArray(
            referrals.familyId,
            episodes.map((e) => e.id),
          ),
        ),
      ),
    )
    .orderBy(asc(referrals.receivedAt), asc(referrals.id));
export type ReferralRow = Awaited<ReturnType<typeof listReferrals>>[number];
