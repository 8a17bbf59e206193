import { SummaryList } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CONTACT_METHODS, RELATIONSHIPS, WORRIES } from '../../../../core/referral-options';
import { formatDate } from '../../../app/format';
import type { DateParts } from '../../../components/date-field';
import { Paragraphs } from '../../../components/paragraphs';
import type { YesNo } from '../../../components/yes-no';
import { toIsoDate } from '../date-parts';
import type { Flow } from '../referral-flow';
import { STEP, type Step } from './steps';

const NOT_GIVEN = 'Not given';
const date = (parts: DateParts) => {
  const iso = toIsoDate(parts);
  return iso ? formatDate(iso) : NOT_GIVEN;
};
const text = (value: string) => value.trim() || NOT_GIVEN;
const yesNo = (value: YesNo) => (value === 'yes' ? 'Yes' : value === 'no' ? 'No' : NOT_GIVEN);

type Row = { key: string; value: ReactNode; step: Step; change: string };

function Answers({ rows, flow }: { rows: Row[]; flow: Flow }) {
  return (
    <SummaryList>
      {rows.map((row) => (
        <SummaryList.Row key={row.key}>
          <SummaryList.Key>{row.key}</SummaryList.Key>
          <SummaryList.Value>{row.value}</SummaryList.Value>
          <SummaryList.Action
            asElement={Link}
            to={`${row.step ? `${flow.base}/${row.step}` : flow.base}?return=check`}
            visuallyHiddenText={row.change}
          >
            Change
          </SummaryList.Action>
        </SummaryList.Row>
      ))}
    </SummaryList>
  );
}

/** A self-referral's answers, a summary list per page, each answer with a Change link. */
export function SelfAnswerSummary({ flow }: { flow: Flow }) {
  const { parent, baby, contact } = flow.answers;
  const a = flow.answers;
  const about: Row[] = [
    { key: 'Name', value: text(parent.name), step: STEP.aboutYou, change: 'your name' },
    {
      key: 'Related to the baby as',
      value: parent.relationship ? RELATIONSHIPS[parent.relationship] : NOT_GIVEN,
      step: STEP.aboutYou,
      change: 'how you are related to the baby',
    },
    { key: 'Date of birth', value: date(parent.dateOfBirth), step: STEP.aboutYou, change: 'your date of birth' },
    { key: 'NHS number', value: text(parent.nhsNumber), step: STEP.aboutYou, change: 'your NHS number' },
    {
      key: 'Postcode',
      value: a.postcode.trim().toUpperCase() || NOT_GIVEN,
      step: STEP.aboutYou,
      change: 'your postcode',
    },
  ];
  const babyRows: Row[] =
    baby.kind === 'expected'
      ? [{ key: 'Due date', value: date(baby.dueDate), step: STEP.baby, change: 'the due date' }]
      : [
          { key: "Baby's name", value: text(baby.name), step: STEP.baby, change: "your baby's name" },
          { key: 'Date of birth', value: date(baby.dateOfBirth), step: STEP.baby, change: "your baby's date of birth" },
          { key: 'NHS number', value: text(baby.nhsNumber), step: STEP.baby, change: "your baby's NHS number" },
        ];
  const worries: Row[] = [
    {
      key: 'Worries',
      value: (
        <ul className="nhsuk-list">
          {a.worries.map((w) => (
            <li key={w}>
              {w === 'other' && a.worriesOther.trim() ? `${WORRIES.other}: ${a.worriesOther}` : WORRIES[w]}
            </li>
          ))}
        </ul>
      ),
      step: STEP.worries,
      change: 'what is worrying you',
    },
    {
      key: 'Anything else',
      value: a.details.trim() ? <Paragraphs text={a.details} /> : NOT_GIVEN,
      step: STEP.worries,
      change: 'anything else you told us',
    },
  ];
  const contactRows: Row[] = [
    { key: 'Phone number', value: text(contact.phone), step: STEP.contact, change: 'your phone number' },
    { key: 'Email address', value: text(contact.email), step: STEP.contact, change: 'your email address' },
    {
      key: 'Contact me by',
      value: contact.preferredContact ? CONTACT_METHODS[contact.preferredContact] : NOT_GIVEN,
      step: STEP.contact,
      change: 'how to contact you',
    },
    ...(contact.preferredContact === 'letter'
      ? [{ key: 'Address', value: <Paragraphs text={contact.address} />, step: STEP.contact, change: 'your address' }]
      : []),
    { key: 'Safe to leave a voicemail', value: yesNo(contact.voicemail), step: STEP.contact, change: 'voicemail' },
    { key: 'Safe to send texts', value: yesNo(contact.text), step: STEP.contact, change: 'text messages' },
    { key: 'Language', value: text(contact.language), step: STEP.contact, change: 'your language' },
    { key: 'Interpreter', value: yesNo(contact.interpreter), step: STEP.contact, change: 'interpreter' },
  ];
  const risk: Row[] = [
    { key: 'Anyone at immediate risk', value: yesNo(a.immediateRisk), step: STEP.safety, change: 'immediate risk' },
  ];
  return (
    <>
      <h2 className="nhsuk-heading-m">About you</h2>
      <Answers rows={about} flow={flow} />
      <h2 className="nhsuk-heading-m">Your baby</h2>
      <Answers rows={babyRows} flow={flow} />
      <h2 className="nhsuk-heading-m">What is worrying you</h2>
      <Answers rows={worries} flow={flow} />
      <h2 className="nhsuk-heading-m">How to contact you</h2>
      <Answers rows={contactRows} flow={flow} />
      <h2 className="nhsuk-heading-m">Safety</h2>
      <Answers rows={risk} flow={flow} />
    </>
  );
}
