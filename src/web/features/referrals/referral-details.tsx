import { SummaryList } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { formatNhsNumber } from '../../../core/nhs-number';
import { CONTACT_METHODS, PROFESSIONAL_SOURCES, RELATIONSHIPS, WORRIES } from '../../../core/referral-options';
import { formatDate, formatDateTime } from '../../app/format';
import { Paragraphs } from '../../components/paragraphs';
import type { Referral, Submission } from './api';

type Rows = [string, ReactNode][];

const NOT_GIVEN = <span className="nhsuk-u-secondary-text-colour">Not given</span>;
const label = (labels: Record<string, string>, code: string | undefined) => (code ? (labels[code] ?? code) : undefined);
const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'Yes' : 'No');

/** Every value here was typed by the person referring: React shows it as text, never as markup. */
function Answers({ rows }: { rows: Rows }) {
  return (
    <SummaryList>
      {rows.map(([key, value]) => (
        <SummaryList.Row key={key}>
          <SummaryList.Key>{key}</SummaryList.Key>
          <SummaryList.Value>{value === undefined || value === '' ? NOT_GIVEN : value}</SummaryList.Value>
        </SummaryList.Row>
      ))}
    </SummaryList>
  );
}

function parentRows(parent: Submission['parents'][number], s: Submission): Rows {
  return [
    ['Name', parent.name],
    ['Related to the baby as', label(RELATIONSHIPS, parent.relationship)],
    ['Date of birth', parent.dateOfBirth ? formatDate(parent.dateOfBirth) : undefined],
    ['NHS number', parent.nhsNumber ? formatNhsNumber(parent.nhsNumber) : undefined],
    ['Phone', parent.phone],
    ['Email', parent.email],
    ['Contact by', label(CONTACT_METHODS, parent.preferredContact)],
    ['Safe to leave a voicemail', yesNo(parent.safeToLeaveVoicemail)],
    ['Safe to send texts', yesNo(parent.safeToText)],
    ['Language', parent.language],
    ['Needs an interpreter', yesNo(parent.interpreterNeeded)],
    ['Address', s.address ? <Paragraphs text={s.address} /> : undefined],
    ['Postcode', s.postcode],
  ];
}

function babyRows(baby: Submission['baby']): Rows {
  if (baby.kind === 'expected') return [['Due date', formatDate(baby.dueDate)]];
  return [
    ['Name', baby.name],
    ['Date of birth', formatDate(baby.dateOfBirth)],
    ['NHS number', baby.nhsNumber ? formatNhsNumber(baby.nhsNumber) : undefined],
  ];
}

/** The referral as it was sent: the family, the baby, the worries, and who referred. */
export function ReferralDetails({ referral }: { referral: Referral }) {
  const s = referral.submission;
  const r = s.referrer;
  return (
    <>
      <h2 className="nhsuk-heading-m">Referral</h2>
      <Answers
        rows={[
          ['Reference', referral.reference],
          ['Received', formatDateTime(referral.receivedAt)],
          ['Source', referral.sourceLabel],
          ['Anyone at immediate risk', referral.immediateRisk ? <strong>Yes</strong> : 'No'],
        ]}
      />
      {r ? (
        <>
          <h2 className="nhsuk-heading-m">Referred by</h2>
          <Answers
            rows={[
              ['Name', r.name],
              ['Role', r.role === 'other' && r.roleOther ? r.roleOther : label(PROFESSIONAL_SOURCES, r.role)],
              ['Organisation', r.organisation],
              ['Phone', r.phone],
              ['Email', r.email],
            ]}
          />
        </>
      ) : null}
      {s.parents.map((parent, i) => (
        <div key={i}>
          <h2 className="nhsuk-heading-m">Parent or carer{s.parents.length > 1 ? ` ${i + 1}` : ''}</h2>
          <Answers rows={parentRows(parent, s)} />
        </div>
      ))}
      <h2 className="nhsuk-heading-m">{s.baby.kind === 'expected' ? 'Pregnancy' : 'Baby'}</h2>
      <Answers rows={babyRows(s.baby)} />
      <h2 className="nhsuk-heading-m">Worries</h2>
      <Answers
        rows={[
          [
            'Worried about',
            <ul className="nhsuk-list nhsuk-list--bullet" key="worries">
              {s.worries.map((w) => (
                <li key={w}>{label(WORRIES, w)}</li>
              ))}
            </ul>,
          ],
          ['Something else', s.worriesOther],
          ['In their words', s.details ? <Paragraphs text={s.details} /> : undefined],
        ]}
      />
    </>
  );
}
