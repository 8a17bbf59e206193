import { SummaryList } from 'nhsuk-react-components';
import { APPOINTMENT_PLACES } from '../../../core/family-options';
import type { Person } from '../family/api';
import type { Appointment } from './api';
import { expectedNames } from './people';

/** Summary rows an appointment shows wherever it is listed: where, who is expected, and with whom. */
export function PlaceAndPeopleRows({
  appointment: a,
  people,
}: {
  appointment: Appointment;
  people: readonly Person[];
}) {
  const names = expectedNames(a.expectedPersonIds, people);
  return (
    <>
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
    </>
  );
}

/** The outcome note's row, when one was written. */
export function OutcomeNoteRow({ appointment: a }: { appointment: Appointment }) {
  if (!a.outcomeNote) return null;
  return (
    <SummaryList.Row>
      <SummaryList.Key>Outcome note</SummaryList.Key>
      <SummaryList.Value className="haven-appointment__note">{a.outcomeNote}</SummaryList.Value>
    </SummaryList.Row>
  );
}
