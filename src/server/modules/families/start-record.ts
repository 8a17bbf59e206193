import { and, desc, eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Priority } from '../../../core/referral-options';
import { families, familyPeople, familyProfessionals, referralIdentities, referrals } from '../../db/schema';
import type { Tx } from '../../platform/db';
import type { Submission } from '../referrals/present';

type Start = {
  serviceId: string;
  familyId: string;
  name: string;
  priority: Priority;
  referral: { id: string; referralDate: string; submission: Submission };
};

/**
 * Opens a family's record from an accepted referral: the case on the waiting list, its people (the
 * parents or carers, and the baby or the pregnancy) and the referring professional. When the family
 * was with the service before, the new episode is linked to the last one.
 */
export async function startFamilyRecord(tx: Tx, start: Start): Promise<{ previousEpisodeId: string | null }> {
  const { serviceId, familyId, referral } = start;
  const previousEpisodeId = await findEarlierEpisode(tx, serviceId, referral.id);
  await tx.insert(families).values({
    serviceId,
    id: familyId,
    name: start.name,
    priority: start.priority,
    referralId: referral.id,
    referralDate: referral.referralDate,
    previousEpisodeId,
  });
  const s = referral.submission;
  const babyId = uuidv7();
  const baby =
    s.baby.kind === 'born'
      ? { name: s.baby.name, dateOfBirth: s.baby.dateOfBirth, nhsNumber: s.baby.nhsNumber ?? null }
      : { dueDate: s.baby.dueDate };
  await tx.insert(familyPeople).values([
    { serviceId, familyId, id: babyId, kind: 'baby', ...baby },
    ...s.parents.map((p) => ({
      serviceId,
      familyId,
      id: uuidv7(),
      kind: 'carer' as const,
      name: p.name,
      dateOfBirth: p.dateOfBirth ?? null,
      nhsNumber: p.nhsNumber ?? null,
      relationships: [{ babyId, relationship: p.relationship }],
      phone: p.phone ?? null,
      email: p.email ?? null,
      address: s.address ?? null,
      postcode: s.postcode ?? null,
      preferredContact: p.preferredContact ?? null,
      safeToLeaveVoicemail: p.safeToLeaveVoicemail ?? null,
      safeToText: p.safeToText ?? null,
      language: p.language ?? null,
      interpreterNeeded: p.interpreterNeeded,
    })),
  ]);
  if (s.route === 'professional') {
    const r = s.referrer;
    await tx.insert(familyProfessionals).values({
      serviceId,
      familyId,
      id: uuidv7(),
      role: r.role,
      name: r.name,
      organisation: r.organisation,
      phone: r.phone,
      email: r.email,
    });
  }
  return { previousEpisodeId };
}

/** The family's latest discharged episode, found by any identity (NHS number, name and birth date) shared with the referral. */
async function findEarlierEpisode(tx: Tx, serviceId: string, referralId: string): Promise<string | null> {
  const keys = (
    await tx
      .select({ key: referralIdentities.key })
      .from(referralIdentities)
      .where(and(eq(referralIdentities.serviceId, serviceId), eq(referralIdentities.referralId, referralId)))
  ).map((k) => k.key);
  if (keys.length === 0) return null;
  const [earlier] = await tx
    .select({ id: families.id })
    .from(referralIdentities)
    .innerJoin(
      referrals,
      and(eq(referrals.serviceId, referralIdentities.serviceId), eq(referrals.id, referralIdentities.referralId)),
    )
    .innerJoin(families, and(eq(families.serviceId, referrals.serviceId), eq(families.id, referrals.familyId)))
    .where(
      and(
        eq(referralIdentities.serviceId, serviceId),
        inArray(referralIdentities.key, keys),
        eq(families.status, 'discharged'),
      ),
    )
    .orderBy(desc(families.dischargedOn), desc(families.createdAt))
    .limit(1);
  return earlier?.id ?? null;
}
