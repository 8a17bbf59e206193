import { SummaryList } from 'nhsuk-react-components';
import { formatDateTime } from '../../app/format';
import type { Person } from '../family/api';
import type { Appointment } from './api';
import { OutcomeNoteRow, PlaceAndPeopleRows } from './appointment-rows';
import { AppointmentStatusTag } from './tags';
import { formatDuration } from './uk-time';

/** The appointment as it is saved now, above a form that changes it. */
export function AppointmentSummary({
  appointment: a,
  people,
}: {
  appointment: Appointment;
  people: readonly Person[];
}) {
  return (
    <>
      <h2 className="nhsuk-heading-s">The appointment now</h2>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>When</SummaryList.Key>
          <SummaryList.Value>
            {formatDateTime(a.startsAt)}, for {formatDuration(a.durationMinutes)}
          </SummaryList.Value>
        </SummaryList.Row>
        <PlaceAndPeopleRows appointment={a} people={people} />
        <SummaryList.Row>
          <SummaryList.Key>Status</SummaryList.Key>
          <SummaryList.Value>
            <AppointmentStatusTag status={a.status} />
          </SummaryList.Value>
        </SummaryList.Row>
        <OutcomeNoteRow appointment={a} />
      </SummaryList>
    </>
  );
}
