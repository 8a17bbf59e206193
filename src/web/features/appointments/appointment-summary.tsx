import { SummaryList } from 'nhsuk-react-components';
import { APPOINTMENT_PLACES } from '../../../core/family-options';
import { formatDateTime } from '../../app/format';
import type { Person } from '../family/api';
import type { Appointment } from './api';
import { expectedNames } from './people';
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
  const names = expectedNames(a.expectedPersonIds, people);
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
        <SummaryList.Row>
          <SummaryList.Key>Where</SummaryList.Key>
          <SummaryList.Value>{APPOINTMENT_PLACES[a.place]}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Who is expected</SummaryList.Key>
          <SummaryList.Value>{names.length > 0 ? names.join(', ') : 'Not recorded'}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>With</SummaryList.Key>
          <SummaryList.Value>{a.practitioner.name}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Status</SummaryList.Key>
          <SummaryList.Value>
            <AppointmentStatusTag status={a.status} />
          </SummaryList.Value>
        </SummaryList.Row>
        {a.outcomeNote ? (
          <SummaryList.Row>
            <SummaryList.Key>Outcome note</SummaryList.Key>
            <SummaryList.Value className="haven-appointment__note">{a.outcomeNote}</SummaryList.Value>
          </SummaryList.Row>
        ) : null}
      </SummaryList>
    </>
  );
}
