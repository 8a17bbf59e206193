import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Checkboxes, Radios, Select, TextInput } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { APPOINTMENT_PLACE_CODES, APPOINTMENT_PLACES, type AppointmentPlace } from '../../../core/family-options';
import type { Role } from '../../../core/roles';
import { ROLE_LABELS } from '../../../core/roles';
import { problemsFrom, type FormProblems, type Problem } from '../../app/forms';
import { DateField, dateFieldTarget, EMPTY_DATE, type DateParts } from '../../components/date-field';
import { familyKeys as familiesKeys, listAllocatable, type Allocatable } from '../families/api';
import type { FamilyRecord } from '../family/api';
import { dateProblem, fromIsoDate, toIsoDate } from '../refer/date-parts';
import { bookAppointment, changeAppointment, type Appointment, type AppointmentDetails } from './api';
import { personName } from './people';
import { parseTime, ukLocalParts, ukLocalToInstant } from './uk-time';

const DATE = dateFieldTarget('date');

/** Where the API's field errors are shown in this form. */
const API_FIELDS: Record<string, string> = {
  startsAt: DATE,
  durationMinutes: 'duration',
  place: 'place',
  expectedPersonIds: 'expectedPersonIds',
  practitionerId: 'practitionerId',
};

type Values = {
  date: DateParts;
  time: string;
  duration: string;
  place: AppointmentPlace | '';
  people: string[];
  practitionerId: string;
};

const initialValues = (appointment: Appointment | undefined, practitionerId: string): Values => {
  if (!appointment) return { date: EMPTY_DATE, time: '', duration: '60', place: '', people: [], practitionerId };
  const { date, time } = ukLocalParts(new Date(appointment.startsAt));
  return {
    date: fromIsoDate(date),
    time,
    duration: String(appointment.durationMinutes),
    place: appointment.place,
    people: appointment.expectedPersonIds,
    practitionerId: appointment.practitioner.id,
  };
};

const practitionerLabel = (p: Allocatable) =>
  p.role === 'practitioner' ? p.name : `${p.name} (${ROLE_LABELS[p.role]})`;

/** The checks the API makes too, said before sending; answers the details or what to put right. */
function check(values: Values, activePeople: readonly string[], needsPractitioner: boolean) {
  const problems: Problem[] = [];
  const dateText = dateProblem(values.date, 'The date', 'Enter the date of the appointment');
  if (dateText) problems.push({ field: DATE, message: dateText });
  const time = parseTime(values.time);
  if (values.time.trim() === '') problems.push({ field: 'time', message: 'Enter the time the appointment starts' });
  else if (!time) problems.push({ field: 'time', message: 'Enter the time on the 24-hour clock, like 09:30 or 14:00' });
  const iso = toIsoDate(values.date);
  const startsAt = iso && time ? ukLocalToInstant(iso, time) : null;
  if (iso && time && !startsAt)
    problems.push({
      field: 'time',
      message: 'That time does not happen on that day: the clocks go forward an hour at 1am. Choose another time',
    });
  const durationText = values.duration.trim();
  const duration = Number(durationText);
  if (durationText === '')
    problems.push({ field: 'duration', message: 'Enter how long the appointment lasts, in minutes' });
  else if (!/^\d+$/.test(durationText))
    problems.push({ field: 'duration', message: 'Enter a whole number of minutes, like 60' });
  else if (duration < 5) problems.push({ field: 'duration', message: 'An appointment lasts at least 5 minutes' });
  else if (duration > 480)
    problems.push({ field: 'duration', message: 'An appointment lasts at most 8 hours (480 minutes)' });
  if (!values.place) problems.push({ field: 'place', message: 'Choose where the appointment takes place' });
  if (needsPractitioner && !values.practitionerId)
    problems.push({ field: 'practitionerId', message: 'Choose who the appointment is with' });
  if (problems.length > 0 || !startsAt || !values.place) return problems;
  const details: AppointmentDetails = {
    startsAt,
    durationMinutes: duration,
    place: values.place,
    // Someone taken off the record since can no longer be expected.
    expectedPersonIds: values.people.filter((id) => activePeople.includes(id)),
  };
  if (values.practitionerId) details.practitionerId = values.practitionerId;
  return details;
}

type Props = {
  record: FamilyRecord;
  role: Role;
  /** The appointment to reschedule, as it is now; none to book a new one. */
  appointment?: Appointment;
  form: FormProblems;
  cancelTo: string;
  onSaved: (appointment: Appointment) => void;
  onFailed: (error: unknown, problems: Problem[]) => void;
};

/**
 * Booking an appointment, or moving one: a UK date and time, how long, where, who is expected and
 * (for coordinators and managers) who it is with. If someone else changed the appointment first,
 * the API refuses (409) and what was entered here stays.
 */
export function AppointmentForm({ record, role, appointment, form, cancelTo, onSaved, onFailed }: Props) {
  // A coordinator most often books for the family's own practitioner.
  const [values, setValues] = useState<Values>(() =>
    initialValues(appointment, role === 'coordinator' ? (record.practitioner?.id ?? '') : ''),
  );
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const choosesPractitioner = role === 'coordinator' || role === 'manager';
  const people = useQuery({
    queryKey: familiesKeys.allocatable,
    queryFn: listAllocatable,
    enabled: choosesPractitioner,
    staleTime: 60_000,
  });
  const active = record.people
    .filter((p) => p.active)
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'carer' ? -1 : 1));

  const mutation = useMutation({
    mutationFn: (details: AppointmentDetails) =>
      appointment
        ? changeAppointment(appointment.id, { ...details, version: appointment.version })
        : bookAppointment(record.id, details),
    onSuccess: onSaved,
    onError: (error) =>
      onFailed(
        error,
        problemsFrom(error, Object.keys(API_FIELDS), DATE).map((p) => ({
          ...p,
          field: p.field ? (API_FIELDS[p.field] ?? p.field) : undefined,
        })),
      ),
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const details = check(
      values,
      active.map((p) => p.id),
      role === 'coordinator',
    );
    if (Array.isArray(details)) return form.show(details);
    form.clear();
    mutation.mutate(details);
  };

  // Whoever it is with now stays a choice, even if they no longer hold a caseload.
  const choices = people.data ?? [];
  const current = appointment?.practitioner ?? (role === 'coordinator' ? record.practitioner : null);
  const practitioners =
    current && !choices.some((p) => p.id === current.id)
      ? [{ id: current.id, label: current.name }, ...choices.map((p) => ({ id: p.id, label: practitionerLabel(p) }))]
      : choices.map((p) => ({ id: p.id, label: practitionerLabel(p) }));

  return (
    <form onSubmit={submit} noValidate>
      <DateField
        id="date"
        legend="Date"
        hint="For example, 15 3 2026"
        value={values.date}
        onChange={(date) => set('date', date)}
        error={form.errorFor(DATE)}
      />
      <TextInput
        id="time"
        name="time"
        label="Time"
        labelProps={{ size: 's' }}
        hint="UK time, on the 24-hour clock: for example, 09:30 or 14:00"
        width={5}
        inputMode="numeric"
        autoComplete="off"
        value={values.time}
        onChange={(e) => set('time', e.currentTarget.value)}
        error={form.errorFor('time')}
      />
      <TextInput
        id="duration"
        name="duration"
        label="How long"
        labelProps={{ size: 's' }}
        hint="In minutes: for example, 60 for an hour"
        width={3}
        inputMode="numeric"
        autoComplete="off"
        suffix="minutes"
        value={values.duration}
        onChange={(e) => set('duration', e.currentTarget.value)}
        error={form.errorFor('duration')}
      />
      <Radios name="place" legend="Where" legendProps={{ size: 's' }} error={form.errorFor('place')}>
        {APPOINTMENT_PLACE_CODES.map((code, i) => (
          <Radios.Item
            key={code}
            id={i === 0 ? 'place' : `place-${code}`}
            value={code}
            checked={values.place === code}
            onChange={() => set('place', code)}
          >
            {APPOINTMENT_PLACES[code]}
          </Radios.Item>
        ))}
      </Radios>
      {active.length > 0 ? (
        <Checkboxes
          name="expectedPersonIds"
          legend="Who is expected"
          legendProps={{ size: 's' }}
          hint="Select everyone you expect to see."
          error={form.errorFor('expectedPersonIds')}
        >
          {active.map((person, i) => (
            <Checkboxes.Item
              key={person.id}
              id={i === 0 ? 'expectedPersonIds' : `expectedPersonIds-${person.id}`}
              value={person.id}
              checked={values.people.includes(person.id)}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setValues((v) => ({
                  ...v,
                  people: checked ? [...v.people, person.id] : v.people.filter((id) => id !== person.id),
                }));
              }}
            >
              {personName(person)}
            </Checkboxes.Item>
          ))}
        </Checkboxes>
      ) : (
        <p className="nhsuk-body">No one is recorded in this family yet, so there is no one to choose as expected.</p>
      )}
      {choosesPractitioner ? (
        <>
          {people.isError ? <p className="nhsuk-body">The list of practitioners could not be loaded.</p> : null}
          <Select
            id="practitionerId"
            name="practitionerId"
            label={role === 'coordinator' ? 'Who the appointment is with' : 'Who the appointment is with (optional)'}
            labelProps={{ size: 's' }}
            hint={role === 'manager' && !appointment ? 'If you do not choose, it is with you.' : undefined}
            value={values.practitionerId}
            onChange={(e) => set('practitionerId', e.currentTarget.value)}
            error={form.errorFor('practitionerId')}
          >
            {appointment ? null : (
              <Select.Option value="">{role === 'manager' ? 'You' : 'Choose a practitioner'}</Select.Option>
            )}
            {practitioners.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.label}
              </Select.Option>
            ))}
          </Select>
        </>
      ) : null}
      <div className="haven-appointment-form__actions">
        <Button type="submit">
          {mutation.isPending ? 'Saving…' : appointment ? 'Save the changes' : 'Book the appointment'}
        </Button>
        <Link to={cancelTo} className="nhsuk-link">
          Cancel
        </Link>
      </div>
    </form>
  );
}
