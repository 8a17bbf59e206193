import { Tag } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { monthsBetween, todayInLondon } from '../../../core/dates';
import { ETHNIC_CATEGORIES, GENDERS } from '../../../core/family-options';
import { formatNhsNumber } from '../../../core/nhs-number';
import { CONTACT_METHODS, RELATIONSHIPS } from '../../../core/referral-options';
import { formatDate, plural, readableDates } from '../../app/format';
import type { FamilyRecord, Person } from './api';
import { labelOf } from './labels';
import { formHref } from './record-forms';
import { Facts, SummaryCard, type CardAction, type Row } from './summary-card';

/** How a baby is named in sentences about it. */
export const babyName = (baby: Person) => baby.name ?? (baby.dateOfBirth ? 'the baby' : 'the expected baby');

const yearsOld = (dateOfBirth: string) => Math.floor(monthsBetween(dateOfBirth, todayInLondon()) / 12);

const yesNoRow = (value: boolean | null, yes: string, no: string, unknown: string | null = null) =>
  value === null ? unknown : value ? yes : no;

/** The warnings to see before phoning, texting or visiting: never buried in the list. */
function ContactWarnings({ carer }: { carer: Person }) {
  const warnings = [
    carer.safeToLeaveVoicemail === false ? 'Do not leave voicemail' : null,
    carer.safeToText === false ? 'Do not text' : null,
  ].filter((w) => w !== null);
  if (warnings.length === 0 && !carer.interpreterNeeded) return null;
  return (
    <p className="haven-tags nhsuk-u-margin-bottom-3">
      {warnings.map((w) => (
        <Tag key={w} modifier="red">
          {w}
        </Tag>
      ))}
      {carer.interpreterNeeded ? (
        <Tag modifier="blue">Needs an interpreter{carer.language ? `: ${carer.language}` : ''}</Tag>
      ) : null}
    </p>
  );
}

function carerRows(carer: Person, babies: Person[]): Row[] {
  const related = carer.relationships.map((r) => {
    const baby = babies.find((b) => b.id === r.babyId);
    return `${labelOf(RELATIONSHIPS, r.relationship) ?? ''} of ${baby ? babyName(baby) : 'a baby no longer on the record'}`;
  });
  return [
    [
      'Relationship',
      related.length === 0 ? null : related.length === 1 ? (
        related[0]
      ) : (
        <ul className="nhsuk-list">
          {related.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ),
    ],
    ['Phone', carer.phone],
    ['Email', carer.email],
    [
      'Address',
      carer.address || carer.postcode ? (
        <span className="haven-lines">{[carer.address, carer.postcode].filter(Boolean).join('\n')}</span>
      ) : null,
    ],
    ['Preferred contact', labelOf(CONTACT_METHODS, carer.preferredContact)],
    [
      'Voicemail',
      yesNoRow(
        carer.safeToLeaveVoicemail,
        'Safe to leave a voicemail',
        'Not safe: do not leave a voicemail',
        'Not asked yet: ask before leaving one',
      ),
    ],
    [
      'Text messages',
      yesNoRow(
        carer.safeToText,
        'Safe to send texts',
        'Not safe: do not send texts',
        'Not asked yet: ask before texting',
      ),
    ],
    [
      'Language',
      carer.language || carer.interpreterNeeded
        ? `${carer.language ?? 'Language not recorded'}${carer.interpreterNeeded ? ': needs an interpreter' : ''}`
        : null,
    ],
    [
      'Date of birth',
      carer.dateOfBirth
        ? `${formatDate(carer.dateOfBirth)} (${plural(yearsOld(carer.dateOfBirth), 'year')} old)`
        : null,
    ],
    ['NHS number', carer.nhsNumber ? formatNhsNumber(carer.nhsNumber) : null],
    ['Gender', labelOf(GENDERS, carer.gender)],
    ['Ethnicity', labelOf(ETHNIC_CATEGORIES, carer.ethnicity)],
    [
      'Consent to the service',
      carer.consentToService === null
        ? null
        : `${carer.consentToService ? 'Given' : 'Not given'}${carer.consentRecordedOn ? `, recorded ${formatDate(carer.consentRecordedOn)}` : ''}`,
    ],
    [
      'Information sharing',
      carer.sharingPreferences ? <span className="haven-lines">{carer.sharingPreferences}</span> : null,
    ],
  ];
}

function babyRows(baby: Person): Row[] {
  if (!baby.dateOfBirth) {
    return [
      ['Due date', baby.dueDate ? formatDate(baby.dueDate) : null],
      ['Weeks to go', baby.age?.weeksToGo != null ? plural(baby.age.weeksToGo, 'week') : null],
    ];
  }
  return [
    ['Date of birth', formatDate(baby.dateOfBirth)],
    ['Age', baby.age ? readableDates(baby.age.text) : null],
    [
      'Gestation at birth',
      baby.gestationWeeks !== null
        ? `${plural(baby.gestationWeeks, 'week')}${baby.gestationWeeks < 37 ? ' (preterm)' : ''}`
        : null,
    ],
    ['NHS number', baby.nhsNumber ? formatNhsNumber(baby.nhsNumber) : null],
    ['Gender', labelOf(GENDERS, baby.gender)],
    ['Ethnicity', labelOf(ETHNIC_CATEGORIES, baby.ethnicity)],
  ];
}

/** People no longer involved: named, and (while the record is open) to be changed back. */
function Former({ record, people }: { record: FamilyRecord; people: Person[] }) {
  if (people.length === 0) return null;
  return (
    <>
      <h3 className="nhsuk-heading-s">No longer involved</h3>
      <ul className="nhsuk-list">
        {people.map((p) => (
          <li key={p.id}>
            {p.name ?? 'Unnamed'}
            {record.can.edit ? (
              <>
                {' '}
                <Link to={formHref(record.id, { form: 'change-person', person: p.id })}>
                  Change<span className="nhsuk-u-visually-hidden"> {p.name ?? 'their details'}</span>
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Parents and carers: how to reach them safely, who they are to each baby, consent and sharing. */
export function CarersSection({ record }: { record: FamilyRecord }) {
  const carers = record.people.filter((p) => p.kind === 'carer');
  const babies = record.people.filter((p) => p.kind === 'baby');
  const active = carers.filter((c) => c.active);
  return (
    <section aria-labelledby="carers-heading">
      <h2 className="nhsuk-heading-m" id="carers-heading">
        Parents and carers
      </h2>
      {active.length === 0 ? <p className="nhsuk-body">No parents or carers are recorded.</p> : null}
      {active.map((carer) => {
        const name = carer.name ?? 'Unnamed carer';
        const actions: CardAction[] = record.can.edit
          ? [{ label: 'Change', to: formHref(record.id, { form: 'change-person', person: carer.id }) }]
          : [];
        return (
          <SummaryCard key={carer.id} heading={name} about={name} actions={actions}>
            <ContactWarnings carer={carer} />
            <Facts rows={carerRows(carer, babies)} gathered />
          </SummaryCard>
        );
      })}
      {record.can.edit ? (
        <p className="nhsuk-body">
          <Link to={formHref(record.id, { form: 'add-carer' })}>Add a parent or carer</Link>
        </p>
      ) : null}
      <Former record={record} people={carers.filter((c) => !c.active)} />
    </section>
  );
}

/** Babies with their ages (corrected if born early), and any pregnancy with its due date. */
export function BabiesSection({ record }: { record: FamilyRecord }) {
  const babies = record.people.filter((p) => p.kind === 'baby' && p.active);
  return (
    <section aria-labelledby="babies-heading">
      <h2 className="nhsuk-heading-m" id="babies-heading">
        {babies.some((b) => !b.dateOfBirth) ? 'Babies and pregnancy' : babies.length === 1 ? 'Baby' : 'Babies'}
      </h2>
      {babies.length === 0 ? <p className="nhsuk-body">No baby or pregnancy is recorded.</p> : null}
      {babies.map((baby) => {
        const heading = baby.dateOfBirth ? (baby.name ?? 'Baby') : baby.name ? `Pregnancy: ${baby.name}` : 'Pregnancy';
        const actions: CardAction[] = [];
        if (record.can.edit && !baby.dateOfBirth)
          actions.push({
            label: 'Record the birth',
            to: formHref(record.id, { form: 'record-birth', person: baby.id }),
          });
        if (record.can.edit)
          actions.push({ label: 'Change', to: formHref(record.id, { form: 'change-person', person: baby.id }) });
        return (
          <SummaryCard key={baby.id} heading={heading} about={heading} actions={actions}>
            <Facts rows={babyRows(baby)} gathered />
          </SummaryCard>
        );
      })}
      {record.can.edit ? (
        <p className="nhsuk-body">
          <Link to={formHref(record.id, { form: 'add-baby' })}>Add a baby or pregnancy</Link>
        </p>
      ) : null}
    </section>
  );
}
