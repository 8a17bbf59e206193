import { useQuery } from '@tanstack/react-query';
import { Table } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { formatDateTime, plural, readableDates } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { familyKeys, getAccessLog, type AccessEvent } from './api';
import { useFamilyRecord } from './record-context';
import { overviewPath } from './record-forms';

/** The audit's action codes in plain words; a code not listed here is shown as it is. */
const ACTIONS: Record<string, string> = {
  'family.read': 'Opened the record',
  'family.created': 'Created the record (referral accepted)',
  'family.allocated': 'Allocated the family',
  'family.changed': 'Changed the care setting or key dates',
  'family.discharged': 'Discharged the family',
  'family.access-log-read': 'Looked at who has looked at the record',
  'person.added': 'Added a person',
  'person.changed': "Changed a person's details",
  'person.born': 'Recorded a birth',
  'professional.added': 'Added a professional',
  'professional.changed': "Changed a professional's details",
  'notes.read': 'Read the case notes',
  'note.draft-started': 'Started a case note',
  'note.draft-saved': 'Saved a draft case note',
  'note.draft-discarded': 'Discarded a draft case note',
  'note.signed': 'Signed a note',
  'note.addendum-started': 'Started an addendum to a signed note',
  'appointments.read': 'Looked at the appointments',
  'appointment.booked': 'Booked an appointment',
  'appointment.changed': 'Changed an appointment',
  'appointment.rescheduled': 'Moved an appointment',
  'appointment.outcome-recorded': 'Recorded whether an appointment was attended',
  'appointment.outcome-corrected': "Corrected an appointment's outcome",
  'appointment.cancelled': 'Cancelled an appointment',
  'risks.read': 'Looked at the risks',
  'risk.raised': 'Raised a risk flag',
  'risk.reviewed': 'Reviewed a risk flag',
  'risk.closed': 'Closed a risk flag',
  'disclosures.read': 'Read the disclosure log',
  'disclosure.recorded': 'Recorded a disclosure',
};

export const describeAction = (action: string): string => ACTIONS[action] ?? action;

/** The server answers at most this many events, the newest. */
const LIMIT = 500;

/** Who has opened or changed this record, and when: for managers. */
export function AccessLogPage() {
  const record = useFamilyRecord();
  usePageTitle(`Who has looked at this record: ${record.name}`);
  const log = useQuery({
    queryKey: familyKeys.section(record.id, 'access-log'),
    queryFn: () => getAccessLog(record.id),
    enabled: record.can.seeAccessLog,
  });
  const heading = <PageHeading caption={readableDates(record.name)}>Who has looked at this record</PageHeading>;
  if (!record.can.seeAccessLog) {
    return (
      <>
        {heading}
        <p className="nhsuk-body">
          Only managers can see who has looked at a record.{' '}
          <Link to={overviewPath(record.id)}>Back to the overview</Link>
        </p>
      </>
    );
  }
  const events = [...(log.data ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <>
      {heading}
      <p className="nhsuk-body">
        Everyone who opens, reads or changes this record is listed here, newest first. Looking at this page is recorded
        too.
      </p>
      {log.isPending ? <p className="nhsuk-body">Loading who has looked…</p> : null}
      {log.isError ? <p className="nhsuk-body">The access log could not be loaded: {log.error.message}</p> : null}
      {log.data ? (
        <>
          <p className="nhsuk-body">
            {plural(events.length, 'event')}
            {events.length >= LIMIT ? ': the latest are shown' : ''}, by{' '}
            {plural(new Set(events.map((e) => e.by ?? '')).size, 'person', 'people')}.
          </p>
          {events.length > 0 ? <EventsTable events={events} /> : null}
        </>
      ) : null}
    </>
  );
}

function EventsTable({ events }: { events: AccessEvent[] }) {
  return (
    <Table
      responsive
      caption="Who has looked at or changed this record"
      captionProps={{ className: 'nhsuk-u-visually-hidden' }}
    >
      <Table.Head>
        <Table.Row>
          <Table.Cell>When</Table.Cell>
          <Table.Cell>Who</Table.Cell>
          <Table.Cell>What they did</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {events.map((e, i) => (
          <Table.Row key={`${e.at}-${i}`}>
            <Table.Cell className="haven-nowrap">{formatDateTime(e.at)}</Table.Cell>
            <Table.Cell>{e.by ?? 'Haven (automatic)'}</Table.Cell>
            <Table.Cell>{describeAction(e.action)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
