import { RESTRICTED_RISK_TYPES } from '../../../core/family-options';
import { audit } from '../../platform/audit';
import { withinService, type ServiceCtx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { openFamily } from '../families';
import {
  episodeChain,
  findServiceName,
  listAppointments,
  listDisclosures,
  listFlags,
  listPeople,
  listProfessionals,
  listReferrals,
  listSignedNotes,
  memberNames,
  type PersonRow,
} from './queries';
import { othersIn, samePerson, stringsIn, termsFor, type OtherPerson } from './redaction';
import type { SubjectAccess } from './schemas';
import { outcomesAbout } from './subject-access-outcomes';

/**
 * Everything the service holds about one person, for answering their subject access request: their
 * details in each episode of the family they appear in, those episodes, the referrals, the
 * appointments they were expected at, the signed case notes and risk flags of those episodes, and
 * the disclosures about them. Each item lists the other people it names, for the reviewer to redact.
 * Subject access requests are handled by the service's managers: anyone else is refused. Audited as
 * 'person.subject-access'.
 */
export async function subjectAccess({
  ctx,
  familyId,
  personId,
}: {
  ctx: ServiceCtx;
  familyId: string;
  personId: string;
}): Promise<SubjectAccess> {
  return withinService(ctx, async (tx, actor) => {
    const access = await openFamily(tx, ctx, familyId);
    if (ctx.role !== 'manager') {
      throw new AppError('FORBIDDEN', 'Subject access requests are prepared by a manager.');
    }
    const chain = await episodeChain(tx, ctx.serviceId, access.family);
    const everyone = await listPeople(
      tx,
      ctx.serviceId,
      chain.map((e) => e.id),
    );
    const subject = everyone.find((p) => p.id === personId && p.familyId === familyId);
    if (!subject) throw notFound('The person');

    // The same human in the family's other episodes, and the episodes they appear in.
    const records = [subject, ...everyone.filter((p) => p.id !== subject.id && samePerson(subject, p))];
    const mine = new Set(records.map((r) => r.id));
    const episodes = chain.filter((e) => records.some((r) => r.familyId === e.id));
    const ids = episodes.map((e) => e.id);
    const inEpisodes = everyone.filter((p) => ids.includes(p.familyId));
    const others: OtherPerson[] = inEpisodes
      .filter((p) => !mine.has(p.id))
      .map((p) => ({ personId: p.id, name: p.name, terms: termsFor(p, subject.name) }));
    const othersOf = (familyOf: string) =>
      others.filter((o) => inEpisodes.some((p) => p.id === o.personId && p.familyId === familyOf));
    const nameOf = new Map(everyone.map((p) => [p.id, p.name]));

    const serviceName = await findServiceName(tx, ctx.serviceId);
    const professionals = await listProfessionals(tx, ctx.serviceId, ids);
    const referrals = await listReferrals(tx, ctx.serviceId, episodes);
    const appointments = (await listAppointments(tx, ctx.serviceId, ids)).filter((a) =>
      a.expectedPersonIds.some((id) => mine.has(id)),
    );
    const notes = await listSignedNotes(tx, ctx.serviceId, ids);
    const flags = await listFlags(tx, ctx.serviceId, ids, { includeRestricted: true, activeOnly: false });
    const disclosures = (await listDisclosures(tx, ctx.serviceId, ids)).filter((d) =>
      d.personIds.some((id) => mine.has(id)),
    );
    const names = await memberNames(
      tx,
      ctx.serviceId,
      episodes.flatMap((e) => [e.practitionerId, e.coWorkerId]),
    );
    const member = (id: string | null) => (id ? (names.get(id) ?? 'Former member') : null);
    const outcomes = await outcomesAbout(tx, {
      serviceId: ctx.serviceId,
      familyIds: ids,
      mine,
      subjectKind: subject.kind,
      othersOf,
      nameOf,
    });
    const references = new Map(referrals.map((r) => [r.id, r.reference]));
    const named = (ids: string[]) =>
      ids.filter((id) => nameOf.has(id)).map((id) => ({ personId: id, name: nameOf.get(id) ?? null }));
    const notMine = (ids: string[]) => ids.filter((id) => !mine.has(id));

    const answer: SubjectAccess = {
      generatedAt: new Date().toISOString(),
      service: serviceName,
      subject: { personId: subject.id, familyId, kind: subject.kind, name: subject.name },
      redactionCandidates: candidates(others),
      personRecords: records.map((r) => presentPerson(r, nameOf, othersOf(r.familyId))),
      episodes: episodes.map((e) => ({
        familyId: e.id,
        name: e.name,
        reference: references.get(e.referralId) ?? null,
        status: e.status,
        referralDate: e.referralDate,
        acceptedAt: e.acceptedAt.toISOString(),
        allocatedAt: e.allocatedAt?.toISOString() ?? null,
        careSetting: e.careSetting,
        placementStart: e.placementStart,
        placementEnd: e.placementEnd,
        firstContactOn: e.firstContactOn,
        assessmentOn: e.assessmentOn,
        interventionStartOn: e.interventionStartOn,
        dischargedOn: e.dischargedOn,
        dischargeReason: e.dischargeReason,
        dischargeSummary: e.dischargeSummary,
        practitioner: member(e.practitionerId),
        coWorker: member(e.coWorkerId),
        professionals: professionals
          .filter((p) => p.familyId === e.id)
          .map((p) => ({ role: p.role, name: p.name, organisation: p.organisation })),
        // The people of an episode are listed in it, so all of them are named there.
        otherPeople: othersIn(
          othersOf(e.id),
          [],
          othersOf(e.id).map((o) => o.personId),
        ),
      })),
      referrals: referrals.map((r) => {
        const opened = episodes.find((e) => e.referralId === r.id)?.id;
        return {
          id: r.id,
          familyId: opened ?? (r.familyId && ids.includes(r.familyId) ? r.familyId : null),
          reference: r.reference,
          route: r.route,
          receivedAt: r.receivedAt.toISOString(),
          referralDate: r.referralDate,
          submission: r.submission,
          otherPeople: othersIn(others, stringsIn(r.submission)),
        };
      }),
      appointments: appointments.map((a) => ({
        id: a.id,
        familyId: a.familyId,
        startsAt: a.startsAt.toISOString(),
        durationMinutes: a.durationMinutes,
        place: a.place,
        status: a.status,
        outcomeNote: a.outcomeNote,
        practitioner: a.practitionerName,
        expected: named(a.expectedPersonIds),
        otherPeople: othersIn(othersOf(a.familyId), [a.outcomeNote], notMine(a.expectedPersonIds)),
      })),
      caseNotes: notes.map((n) => ({
        id: n.id,
        familyId: n.familyId,
        noteDate: n.noteDate,
        signedAt: n.signedAt?.toISOString() ?? null,
        author: n.authorName,
        addendumTo: n.addendumTo,
        body: n.body,
        otherPeople: othersIn(othersOf(n.familyId), [n.body]),
      })),
      riskFlags: flags.map((f) => ({
        id: f.id,
        familyId: f.familyId,
        type: f.type,
        level: f.level,
        summary: f.summary,
        raisedOn: f.raisedOn,
        reviewOn: f.reviewOn,
        raisedBy: f.raisedByName,
        closedOn: f.closedOn,
        closedReason: f.closedReason,
        restricted: RESTRICTED_RISK_TYPES.includes(f.type),
        otherPeople: othersIn(othersOf(f.familyId), [f.summary, f.closedReason]),
      })),
      disclosures: disclosures.map((d) => ({
        id: d.id,
        familyId: d.familyId,
        disclosedOn: d.disclosedOn,
        recipient: d.recipient,
        recipientOrganisation: d.recipientOrganisation,
        information: d.information,
        about: named(d.personIds),
        lawfulBasis: d.lawfulBasis,
        consent: d.consent,
        reason: d.reason,
        recordedBy: d.recordedByName,
        otherPeople: othersIn(othersOf(d.familyId), [d.information, d.reason], notMine(d.personIds)),
      })),
      outcomes,
    };
    await audit(tx, actor, {
      action: 'person.subject-access',
      entityType: 'family',
      entityId: familyId,
      details: { familyId, personId },
    });
    return answer;
  });
}

/** Other people named anywhere, each name once, for the top of the document. */
function candidates(others: OtherPerson[]) {
  const seen = new Set<string>();
  const out: { personId: string; name: string; terms: string[] }[] = [];
  for (const o of others) {
    if (!o.name) continue;
    const key = o.name.trim().toLocaleLowerCase('en-GB');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ personId: o.personId, name: o.name, terms: o.terms });
  }
  return out;
}

function presentPerson(p: PersonRow, nameOf: Map<string, string | null>, others: OtherPerson[]) {
  const babies = p.relationships.map((r) => r.babyId);
  return {
    personId: p.id,
    familyId: p.familyId,
    kind: p.kind,
    name: p.name,
    dateOfBirth: p.dateOfBirth,
    dueDate: p.dueDate,
    gestationWeeks: p.gestationWeeks,
    nhsNumber: p.nhsNumber,
    gender: p.gender,
    ethnicity: p.ethnicity,
    relationships: p.relationships.map((r) => ({
      babyId: r.babyId,
      babyName: nameOf.get(r.babyId) ?? null,
      relationship: r.relationship,
    })),
    phone: p.phone,
    email: p.email,
    address: p.address,
    postcode: p.postcode,
    preferredContact: p.preferredContact,
    safeToLeaveVoicemail: p.safeToLeaveVoicemail,
    safeToText: p.safeToText,
    language: p.language,
    interpreterNeeded: p.interpreterNeeded,
    consentToService: p.consentToService,
    consentRecordedOn: p.consentRecordedOn,
    sharingPreferences: p.sharingPreferences,
    active: p.active,
    recordedAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    otherPeople: othersIn(others, [p.sharingPreferences], babies),
  };
}
