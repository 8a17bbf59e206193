import { SummaryList } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import type { Person } from '../family/api';
import type { Appointment } from './api';
import { OutcomeNoteRow, PlaceAndPeopleRows } from './appointment-rows';
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
          <PlaceAndPeopleRows appointment={a} people={people} />
          {a.rescheduleCount > 0 ? (
            <SummaryList.Row>
              <SummaryList.Key>Rescheduled</SummaryList.Key>
              <SummaryList.Value>{timesMoved(a.rescheduleCount)}</SummaryList.Value>
            </SummaryList.Row>
          ) : null}
          <OutcomeNoteRow appointment={a} />
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
