import { SummaryList } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CARE_SETTINGS } from '../../../core/family-options';
import { formatDate, plural } from '../../app/format';
import type { FamilyRecord } from './api';
import { formHref } from './record-forms';
import { NOT_RECORDED } from './summary-card';

type KeyDateName = keyof FamilyRecord['keyDates'];

/** The key dates in the order the work goes, with the words a sentence uses for each. */
export const KEY_DATES: { key: KeyDateName; label: string; inSentence: string }[] = [
  { key: 'referral', label: 'Referral', inSentence: 'the referral' },
  { key: 'firstContact', label: 'First contact', inSentence: 'first contact' },
  { key: 'assessment', label: 'Assessment', inSentence: 'the assessment' },
  { key: 'interventionStart', label: 'Start of intervention', inSentence: 'the start of intervention' },
  { key: 'discharge', label: 'Discharge', inSentence: 'the discharge' },
];

/** "12 March 2026", and how long after the date before it that is set: "(9 days after first contact)". */
function keyDateText(record: FamilyRecord, index: number): ReactNode {
  const item = KEY_DATES[index];
  if (!item) return NOT_RECORDED;
  const { on, daysFromPrevious } = record.keyDates[item.key];
  if (!on) return NOT_RECORDED;
  const previous = KEY_DATES.slice(0, index)
    .reverse()
    .find((k) => record.keyDates[k.key].on);
  return (
    <>
      {formatDate(on)}
      {previous && daysFromPrevious !== null ? (
        <span className="nhsuk-u-secondary-text-colour">
          {' '}
          ({daysFromPrevious === 0 ? 'the same day as' : `${plural(daysFromPrevious, 'day')} after`}{' '}
          {previous.inSentence})
        </span>
      ) : null}
    </>
  );
}

const placementText = (record: FamilyRecord) => {
  const { placementStart: start, placementEnd: end } = record;
  if (!start && !end) return NOT_RECORDED;
  if (start && end) return `${formatDate(start)} to ${formatDate(end)}`;
  if (start) return `From ${formatDate(start)}`;
  return `Until ${formatDate(end ?? '')}`;
};

/** Where the baby lives and the dates of the work, with the waits between them. */
export function KeyDatesSection({ record }: { record: FamilyRecord }) {
  const canChange = record.can.edit && record.can.readNotes;
  const change = formHref(record.id, { form: 'change-details' });
  return (
    <section aria-labelledby="key-dates-heading">
      <h2 className="nhsuk-heading-m" id="key-dates-heading">
        Care setting and key dates
      </h2>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Care setting</SummaryList.Key>
          <SummaryList.Value>{CARE_SETTINGS[record.careSetting]}</SummaryList.Value>
        </SummaryList.Row>
        {record.careSetting !== 'birth-family' || record.placementStart || record.placementEnd ? (
          <SummaryList.Row>
            <SummaryList.Key>Placement</SummaryList.Key>
            <SummaryList.Value>{placementText(record)}</SummaryList.Value>
          </SummaryList.Row>
        ) : null}
        {KEY_DATES.map((k, i) =>
          k.key === 'discharge' && !record.keyDates.discharge.on ? null : (
            <SummaryList.Row key={k.key}>
              <SummaryList.Key>{k.label}</SummaryList.Key>
              <SummaryList.Value>{keyDateText(record, i)}</SummaryList.Value>
            </SummaryList.Row>
          ),
        )}
        {record.keyDates.discharge.on ? null : (
          <SummaryList.Row>
            <SummaryList.Key>Planned end of the work</SummaryList.Key>
            <SummaryList.Value>
              {record.plannedEndOn ? formatDate(record.plannedEndOn) : NOT_RECORDED}
            </SummaryList.Value>
          </SummaryList.Row>
        )}
      </SummaryList>
      {canChange ? (
        <p className="nhsuk-body">
          <Link to={change}>Change the care setting and key dates</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The family's earlier or later time with the service, when there is one. */
export function Episodes({ record }: { record: FamilyRecord }) {
  const { previousEpisode: before, laterEpisode: after } = record;
  if (!before && !after) return null;
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {before ? (
        <p className="nhsuk-body">
          This family was with the service before:{' '}
          <Link to={`/families/${before.id}`}>
            episode referred {formatDate(before.referralDate)}
            {before.dischargedOn ? `, discharged ${formatDate(before.dischargedOn)}` : ''}
          </Link>
          .
        </p>
      ) : null}
      {after ? (
        <p className="nhsuk-body">
          This family was referred again:{' '}
          <Link to={`/families/${after.id}`}>episode referred {formatDate(after.referralDate)}</Link>
          {after.status === 'discharged' ? ', since discharged' : ''}.
        </p>
      ) : null}
    </div>
  );
}
