import { Table, Tag } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { APPOINTMENT_PLACES } from '../../../core/family-options';
import { formatDateTime, plural, readableDates } from '../../app/format';
import { PriorityTag } from '../referrals/tags';
import { OutstandingMeasureTags } from '../measure-links/outstanding-tags';
import type { CaseloadFamily } from './api';

/** What needs doing for a family, as tags a practitioner can scan down a column. */
function Outstanding({ family }: { family: CaseloadFamily }) {
  const { overdueReviews, draftNotes, outcomesToRecord, measures } = family.outstanding;
  if (overdueReviews + draftNotes + outcomesToRecord + measures.length === 0) return <>Nothing outstanding</>;
  return (
    <span className="haven-tags">
      <OutstandingMeasureTags familyId={family.id} measures={measures} />
      {overdueReviews > 0 ? <Tag modifier="red">{plural(overdueReviews, 'risk review')} overdue</Tag> : null}
      {outcomesToRecord > 0 ? <Tag modifier="orange">{plural(outcomesToRecord, 'outcome')} to record</Tag> : null}
      {draftNotes > 0 ? <Tag modifier="yellow">{plural(draftNotes, 'draft note')}</Tag> : null}
    </span>
  );
}

/** A caseload: each family with its next appointment, when it was last seen, and what is outstanding. */
export function CaseloadTable({ families, caption }: { families: CaseloadFamily[]; caption: string }) {
  return (
    <Table responsive caption={caption} captionProps={{ className: 'nhsuk-u-visually-hidden' }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Family</Table.Cell>
          <Table.Cell>Priority</Table.Cell>
          <Table.Cell>Next appointment</Table.Cell>
          <Table.Cell>Last seen</Table.Cell>
          <Table.Cell>Outstanding</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {families.map((f) => (
          <Table.Row key={f.id}>
            <Table.Cell>
              <Link to={`/families/${f.id}`}>{readableDates(f.name)}</Link>
              <br />
              <span className="nhsuk-body-s haven-nowrap">{f.reference}</span>
              {f.coWorker ? <span className="nhsuk-body-s"> · with {f.coWorker.name}</span> : null}
            </Table.Cell>
            <Table.Cell>
              <PriorityTag priority={f.priority} />
            </Table.Cell>
            <Table.Cell>
              {f.nextAppointment ? (
                <>
                  {formatDateTime(f.nextAppointment.startsAt)}
                  <br />
                  <span className="nhsuk-body-s">{APPOINTMENT_PLACES[f.nextAppointment.place]}</span>
                </>
              ) : (
                'None booked'
              )}
            </Table.Cell>
            <Table.Cell>
              {f.daysSinceLastContact === null
                ? 'Not seen yet'
                : f.daysSinceLastContact === 0
                  ? 'Today'
                  : `${plural(f.daysSinceLastContact, 'day')} ago`}
            </Table.Cell>
            <Table.Cell>
              <Outstanding family={f} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
