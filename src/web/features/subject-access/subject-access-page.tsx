import { useQuery } from '@tanstack/react-query';
import { BackLink, Button, InsetText, SummaryList, Tag } from 'nhsuk-react-components';
import { useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import {
  APPOINTMENT_PLACES,
  APPOINTMENT_STATUSES,
  CARE_SETTINGS,
  CONSENT_SOUGHT,
  DISCHARGE_REASONS,
  ETHNIC_CATEGORIES,
  GENDERS,
  LAWFUL_BASES,
  PROFESSIONAL_ROLES,
  RISK_LEVELS,
  RISK_TYPES,
} from '../../../core/family-options';
import { CONTACT_METHODS, RELATIONSHIPS } from '../../../core/referral-options';
import { isApiError } from '../../app/api-client';
import { formatDate, formatDateTime, formatDay, plural } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useFamilyRecord } from '../family/record-context';
import { getSubjectAccess, subjectAccessKey, type Named, type PersonDetails, type SubjectAccess } from './api';
import { Row, Section } from './document-parts';
import { OutcomeSections } from './outcome-sections';
import { Item, RParagraphs, SubjectAccessData } from './redactable';
import { SubmissionView } from './submission-view';

const label = (labels: Record<string, string>, code: string | null) => (code ? (labels[code] ?? code) : null);
const yesNo = (v: boolean | null) => (v === null ? null : v ? 'Yes' : 'No');
const names = (people: Named[]) => people.map((p) => p.name ?? 'Someone not named').join(', ');

/**
 * A subject access request: everything Haven holds about one person, as a document to check and
 * print (managers). Ticking an entry blacks out other people's names in it, on screen and on paper;
 * nothing of that is saved.
 */
export function SubjectAccessPage() {
  const record = useFamilyRecord();
  const { personId = '' } = useParams();
  const person = record.people.find((p) => p.id === personId);
  const answer = useQuery({
    queryKey: subjectAccessKey(record.id, personId),
    queryFn: () => getSubjectAccess(record.id, personId),
    retry: false,
    staleTime: Infinity,
  });
  const who = person?.name ?? answer.data?.subject.name ?? 'this person';
  usePageTitle(`Subject access: ${who}`);

  return (
    <div className="haven-sar">
      <div className="haven-sar__no-print">
        <BackLink asElement={Link} to={`/families/${record.id}/subject-access`}>
          Subject access requests
        </BackLink>
      </div>
      <PageHeading caption={record.name}>Subject access: {who}</PageHeading>
      {answer.isPending ? (
        <p className="nhsuk-body" role="status">
          Gathering everything held about {who}…
        </p>
      ) : null}
      {answer.isError ? (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <p className="nhsuk-body">
              {isApiError(answer.error, 404) ? 'This person is not in this family’s record.' : answer.error.message}
            </p>
          </div>
        </div>
      ) : null}
      {answer.data ? <Document data={answer.data} /> : null}
    </div>
  );
}

/** The JSON answer as a file to download, made in the browser. */
function useDownload(data: SubjectAccess): string {
  const url = useMemo(
    () => URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })),
    [data],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

function Document({ data }: { data: SubjectAccess }) {
  const download = useDownload(data);
  const count =
    data.appointments.length +
    data.caseNotes.length +
    data.riskFlags.length +
    data.disclosures.length +
    Object.values(data.outcomes).reduce((n, list) => n + list.length, 0);
  return (
    <SubjectAccessData.Provider value={data}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds haven-sar__document">
          <p className="nhsuk-body">
            Everything {data.service} holds about this person, gathered on {formatDateTime(data.generatedAt)}:{' '}
            {plural(data.episodes.length, 'episode')} of care and{' '}
            {count === 0
              ? 'no appointments, case notes, risk flags, disclosures or measures'
              : plural(count, 'entry', 'entries')}
            .
          </p>
          <section className="haven-sar__no-print" aria-labelledby="sar-review">
            <InsetText>
              <h2 className="nhsuk-heading-s" id="sar-review">
                Before you send it
              </h2>
              <p className="nhsuk-body">
                Check each entry for other people&apos;s details. Where an entry names someone else, tick{' '}
                <strong>Mark other people&apos;s details for redaction</strong> to black out their names on screen and
                when printed. This is an aid only: what you tick is not saved, and it does not change the record or the
                downloaded file.
              </p>
              {data.redactionCandidates.length > 0 ? (
                <>
                  <p className="nhsuk-body nhsuk-u-margin-bottom-2">Other people named in this record:</p>
                  <ul className="nhsuk-list nhsuk-list--bullet">
                    {data.redactionCandidates.map((c) => (
                      <li key={c.personId}>{c.name}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="nhsuk-body">No one else is named in this record.</p>
              )}
              {data.riskFlags.some((f) => f.restricted) ? (
                <p className="nhsuk-body">
                  It includes safeguarding entries: check whether an exemption applies before they are disclosed.
                </p>
              ) : null}
            </InsetText>
            <div className="haven-sar__actions">
              <Button type="button" secondary onClick={() => window.print()}>
                Print or save as PDF
              </Button>
              <a className="nhsuk-link haven-sar__download" href={download} download="subject-access.json">
                Download as JSON
              </a>
            </div>
          </section>

          <h2 className="nhsuk-heading-m">Personal details</h2>
          {data.personRecords.map((p, i) => (
            <PersonItem key={p.personId} person={p} first={i === 0} />
          ))}

          <h2 className="nhsuk-heading-m">Episodes of care</h2>
          {data.episodes.map((e) => (
            <Item key={e.familyId} title={`Referred ${formatDate(e.referralDate)}`} others={e.otherPeople}>
              <SummaryList>
                <Row k="Reference" v={e.reference} />
                <Row
                  k="Status"
                  v={e.status === 'discharged' ? 'Discharged' : e.status === 'allocated' ? 'Allocated' : 'Waiting'}
                />
                <Row k="Care setting" v={CARE_SETTINGS[e.careSetting]} />
                <Row k="Placement" v={placement(e.placementStart, e.placementEnd)} />
                <Row k="Practitioner" v={e.practitioner} />
                <Row k="Co-worker" v={e.coWorker} />
                <Row k="First contact" v={e.firstContactOn ? formatDate(e.firstContactOn) : null} />
                <Row k="Assessment" v={e.assessmentOn ? formatDate(e.assessmentOn) : null} />
                <Row k="Intervention started" v={e.interventionStartOn ? formatDate(e.interventionStartOn) : null} />
                <Row k="Discharged" v={e.dischargedOn ? formatDate(e.dischargedOn) : null} />
                <Row k="Reason for discharge" v={label(DISCHARGE_REASONS, e.dischargeReason)} />
                <Row k="Discharge summary" v={e.dischargeSummary ? <RParagraphs text={e.dischargeSummary} /> : null} />
                <Row
                  k="Professionals"
                  v={e.professionals
                    .map(
                      (p) =>
                        `${p.name} (${label(PROFESSIONAL_ROLES, p.role) ?? ''}${p.organisation ? `, ${p.organisation}` : ''})`,
                    )
                    .join('; ')}
                />
                <Row k="Other people in this episode" v={names(e.otherPeople)} />
              </SummaryList>
            </Item>
          ))}

          <h2 className="nhsuk-heading-m">Referrals</h2>
          {data.referrals.map((r) => (
            <Item
              key={r.id}
              title={`Referral ${r.reference}, received ${formatDay(r.receivedAt)}`}
              others={r.otherPeople}
            >
              <SubmissionView submission={r.submission} />
            </Item>
          ))}

          <Section title="Appointments" empty="No appointments where this person was expected.">
            {data.appointments.map((a) => (
              <Item
                key={a.id}
                title={`${APPOINTMENT_PLACES[a.place]}, ${formatDateTime(a.startsAt)}`}
                others={a.otherPeople}
              >
                <SummaryList>
                  <Row k="Length" v={`${a.durationMinutes} minutes`} />
                  <Row k="With" v={a.practitioner} />
                  <Row k="Expected" v={names(a.expected)} />
                  <Row k="What happened" v={APPOINTMENT_STATUSES[a.status]} />
                  <Row k="Outcome note" v={a.outcomeNote ? <RParagraphs text={a.outcomeNote} /> : null} />
                </SummaryList>
              </Item>
            ))}
          </Section>

          <Section title="Case notes" empty="No signed case notes.">
            {data.caseNotes.map((n) => (
              <Item
                key={n.id}
                title={`${n.addendumTo ? 'Addendum' : 'Case note'}, ${formatDate(n.noteDate)}`}
                others={n.otherPeople}
              >
                <RParagraphs text={n.body} />
                <p className="nhsuk-body-s haven-sar__meta">
                  Signed by {n.author ?? 'a former member'}
                  {n.signedAt ? ` on ${formatDateTime(n.signedAt)}` : ''}
                </p>
              </Item>
            ))}
          </Section>

          <Section title="Risk flags" empty="No risk flags.">
            {data.riskFlags.map((f) => (
              <Item key={f.id} title={`${RISK_TYPES[f.type]}, raised ${formatDate(f.raisedOn)}`} others={f.otherPeople}>
                {f.restricted ? (
                  <p className="haven-sar__no-print">
                    <Tag modifier="red">Safeguarding: check for an exemption</Tag>
                  </p>
                ) : null}
                <SummaryList>
                  <Row k="Level" v={RISK_LEVELS[f.level]} />
                  <Row k="Summary" v={<RParagraphs text={f.summary} />} />
                  <Row k="Raised by" v={f.raisedBy} />
                  <Row k="Review by" v={f.closedOn ? null : formatDate(f.reviewOn)} />
                  <Row k="Closed" v={f.closedOn ? formatDate(f.closedOn) : null} />
                  <Row k="Why it was closed" v={f.closedReason ? <RParagraphs text={f.closedReason} /> : null} />
                </SummaryList>
              </Item>
            ))}
          </Section>

          <Section title="Disclosures" empty="No information about this person was shared outside the service.">
            {data.disclosures.map((d) => (
              <Item key={d.id} title={`Shared ${formatDate(d.disclosedOn)}`} others={d.otherPeople}>
                <SummaryList>
                  <Row k="Shared with" v={[d.recipient, d.recipientOrganisation].filter(Boolean).join(', ')} />
                  <Row k="What was shared" v={<RParagraphs text={d.information} />} />
                  <Row k="About" v={names(d.about)} />
                  <Row k="Lawful basis" v={label(LAWFUL_BASES, d.lawfulBasis)} />
                  <Row k="Consent" v={label(CONSENT_SOUGHT, d.consent)} />
                  <Row k="Why it was shared" v={<RParagraphs text={d.reason} />} />
                  <Row k="Recorded by" v={d.recordedBy} />
                </SummaryList>
              </Item>
            ))}
          </Section>

          <OutcomeSections outcomes={data.outcomes} />
        </div>
      </div>
    </SubjectAccessData.Provider>
  );
}

function placement(start: string | null, end: string | null): string | null {
  if (!start && !end) return null;
  if (start && end) return `${formatDate(start)} to ${formatDate(end)}`;
  return start ? `From ${formatDate(start)}` : `Until ${formatDate(end ?? '')}`;
}

function PersonItem({ person: p, first }: { person: PersonDetails; first: boolean }) {
  const title = first
    ? `${p.kind === 'carer' ? 'Parent or carer' : 'Baby'}: this record`
    : `In an earlier or later episode, recorded ${formatDay(p.recordedAt)}`;
  return (
    <Item title={title} others={p.otherPeople}>
      <SummaryList>
        <Row k="Name" v={p.name} />
        <Row k="NHS number" v={p.nhsNumber} />
        <Row k="Date of birth" v={p.dateOfBirth ? formatDate(p.dateOfBirth) : null} />
        <Row k="Due date" v={p.dueDate ? formatDate(p.dueDate) : null} />
        <Row k="Weeks of pregnancy at birth" v={p.gestationWeeks === null ? null : String(p.gestationWeeks)} />
        <Row k="Gender" v={label(GENDERS, p.gender)} />
        <Row k="Ethnicity" v={label(ETHNIC_CATEGORIES, p.ethnicity)} />
        <Row
          k="Relationships"
          v={p.relationships
            .map((r) => `${label(RELATIONSHIPS, r.relationship) ?? ''} of ${r.babyName ?? 'an unborn baby'}`)
            .join('; ')}
        />
        <Row k="Phone" v={p.phone} />
        <Row k="Email" v={p.email} />
        <Row k="Address" v={p.address} />
        <Row k="Postcode" v={p.postcode} />
        <Row k="Preferred contact" v={label(CONTACT_METHODS, p.preferredContact)} />
        <Row k="Safe to leave a voicemail" v={yesNo(p.safeToLeaveVoicemail)} />
        <Row k="Safe to text" v={yesNo(p.safeToText)} />
        <Row k="Language" v={p.language} />
        <Row k="Interpreter needed" v={yesNo(p.interpreterNeeded)} />
        <Row k="Consent to the service's work" v={yesNo(p.consentToService)} />
        <Row k="Consent recorded" v={p.consentRecordedOn ? formatDate(p.consentRecordedOn) : null} />
        <Row k="Sharing preferences" v={p.sharingPreferences ? <RParagraphs text={p.sharingPreferences} /> : null} />
        <Row k="Still part of the record" v={yesNo(p.active)} />
        <Row k="Last changed" v={formatDateTime(p.updatedAt)} />
      </SummaryList>
    </Item>
  );
}
