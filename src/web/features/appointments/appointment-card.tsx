import { SummaryList } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { APPOINTMENT_PLACES } from '../../../core/family-options';
import { formatDateTime } from '../../app/format';
import type { Person } from '../family/api';
import type { Appointment } from './api';
import { expectedNames } from './people';
import { AppointmentStatusTag, OutcomeDueTag } from './tags';
import { formatDuration, formatTimeRange } from './uk-time';

type Props = {
  appointment: Appointment;
  people: readonly Person[];
  /** Booked, started and no outcome yet. */
  due: boolean;
  canEdit: boolean;
};

const timesMoved = (n: number) => (n === 1 ? 'Once' : n === 2 ? 'Twice' : `${n} times`);

/** One appointment in the record: when, how long, where, who, with whom, and what happened. */
export function AppointmentCard({ appointment: a, people, due, canEdit }: Props) {
  const when = formatDateTime(a.startsAt);
  const names = expectedNames(a.expectedPersonIds, people);
  const hidden = <span className="nhsuk-u-visually-hidden"> the appointment on {when}</span>;
  return (
    <li className={`nhsuk-card haven-appointment${due ? ' haven-appointment--due' : ''}`}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">{when}</h3>
        <p className="haven-tags nhsuk-u-margin-bottom-3">
          <AppointmentStatusTag status={a.status} />
          {due ? <OutcomeDueTag /> : null}
        </p>
        <SummaryList noBorder className="nhsuk-u-margin-bottom-3">
          <SummaryList.Row>
            <SummaryList.Key>How long</SummaryList.Key>
            <SummaryList.Value>
              {formatDuration(a.durationMinutes)} ({formatTimeRange(a.startsAt, a.durationMinutes)})
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
          {a.rescheduleCount > 0 ? (
            <SummaryList.Row>
              <SummaryList.Key>Rescheduled</SummaryList.Key>
              <SummaryList.Value>{timesMoved(a.rescheduleCount)}</SummaryList.Value>
            </SummaryList.Row>
          ) : null}
          {a.outcomeNote ? (
            <SummaryList.Row>
              <SummaryList.Key>Outcome note</SummaryList.Key>
              <SummaryList.Value className="haven-appointment__note">{a.outcomeNote}</SummaryList.Value>
            </SummaryList.Row>
          ) : null}
        </SummaryList>
        {canEdit ? (
          <ul className="haven-appointment__actions">
            {a.status === 'booked' ? (
              <li>
                <Link to={`?reschedule=${a.id}`}>Reschedule{hidden}</Link>
              </li>
            ) : null}
            <li>
              <Link to={`?outcome=${a.id}`}>
                {a.status === 'booked' ? 'Record the outcome' : 'Change the outcome'}
                {hidden}
              </Link>
            </li>
          </ul>
        ) : null}
      </div>
    </li>
  );
}
