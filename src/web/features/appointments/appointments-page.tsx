import { useQuery, useQueryClient } from '@tanstack/react-query';
import { BackLink, InsetText } from 'nhsuk-react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { APPOINTMENT_STATUSES } from '../../../core/family-options';
import { isApiError } from '../../app/api-client';
import { formatDateTime, plural, readableDates } from '../../app/format';
import { useProblems, type Problem } from '../../app/forms';
import { focusNewPage } from '../../app/focus';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';
import { SuccessBanner } from '../../components/success-banner';
import { useSession } from '../auth/use-session';
import { familyKeys, type FamilyRecord } from '../family/api';
import { useFamilyRecord } from '../family/record-context';
import { appointmentKeys, listAppointments, type Appointment } from './api';
import { AppointmentCard } from './appointment-card';
import { AppointmentForm } from './appointment-form';
import { OutcomeForm } from './outcome-form';
import { AppointmentSummary } from './appointment-summary';

type Mode = { kind: 'list' } | { kind: 'book' } | { kind: 'reschedule' | 'outcome'; id: string };
type Notice = { heading: string; text?: string; key: number };

const CONFLICT =
  'Someone else changed this appointment while you were working on it. What you entered is still here: check the appointment as it is now and save again.';

function modeFrom(params: URLSearchParams): Mode {
  if (params.has('book')) return { kind: 'book' };
  const reschedule = params.get('reschedule');
  if (reschedule) return { kind: 'reschedule', id: reschedule };
  const outcome = params.get('outcome');
  if (outcome) return { kind: 'outcome', id: outcome };
  return { kind: 'list' };
}

const started = (a: Appointment, now: number) => Date.parse(a.startsAt) <= now;

/**
 * A family's appointments: the coming ones (soonest first), then the past ones (latest first), with
 * those whose outcome is still to record marked. Booking, rescheduling and recording the outcome
 * open in place of the list (the address says which, so Back returns to the list).
 */
export function AppointmentsPage() {
  const record = useFamilyRecord();
  const name = readableDates(record.name);
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const mode = modeFrom(params);
  const modeKey = mode.kind === 'list' || mode.kind === 'book' ? mode.kind : `${mode.kind}:${mode.id}`;
  const form = useProblems();
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = useQuery({ queryKey: appointmentKeys.family(record.id), queryFn: () => listAppointments(record.id) });
  const now = Date.now();
  const appointment =
    mode.kind === 'reschedule' || mode.kind === 'outcome' ? list.data?.find((a) => a.id === mode.id) : undefined;

  const heading =
    mode.kind === 'book'
      ? 'Book an appointment'
      : mode.kind === 'reschedule'
        ? 'Reschedule the appointment'
        : mode.kind === 'outcome'
          ? appointment && appointment.status !== 'booked'
            ? 'Change the outcome'
            : 'Record the outcome'
          : 'Appointments';
  usePageTitle(`${heading}: ${name}`, form.hasProblems);

  // A new form or the list again is a new page for whoever uses a screen reader or keyboard.
  const { clear } = form;
  const shownNotice = useRef(notice);
  shownNotice.current = notice;
  const shownMode = useRef(modeKey);
  useEffect(() => {
    if (shownMode.current === modeKey) return;
    shownMode.current = modeKey;
    clear();
    if (modeKey === 'list' && shownNotice.current) return; // the success banner takes focus itself
    setNotice(null);
    focusNewPage();
  }, [modeKey, clear]);

  const listPath = `/families/${record.id}/appointments`;
  const saved = async (heading: string, text?: string) => {
    setNotice({ heading, text, key: Date.now() });
    setParams({}, { replace: true });
    // The record's key dates (first contact) follow from appointments, and so do diaries.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: familyKeys.one(record.id) }),
      queryClient.invalidateQueries({ queryKey: appointmentKeys.weeks }),
    ]);
  };
  const failed = (error: unknown, problems: Problem[]) => {
    if (isApiError(error, 409)) {
      form.show([{ message: CONFLICT }]);
      // The appointment as it is now, and its new version; what was typed stays in the form.
      void queryClient.invalidateQueries({ queryKey: appointmentKeys.family(record.id) });
      return;
    }
    form.show(problems);
    // Refused as things stand (say, an outcome recorded meanwhile): show how they stand.
    if (isApiError(error, 412)) void queryClient.invalidateQueries({ queryKey: familyKeys.one(record.id) });
  };

  if (mode.kind !== 'list') {
    const back = (
      <BackLink asElement={Link} to={listPath}>
        Back to appointments
      </BackLink>
    );
    const page = (body: ReactNode) => (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {back}
          <ProblemSummary problems={form.problems} attempt={form.attempt} />
          <PageHeading caption={name}>{heading}</PageHeading>
          {body}
        </div>
      </div>
    );
    if (!record.can.edit) return page(<ReadOnly record={record} listPath={listPath} />);
    if (mode.kind === 'book') {
      return page(
        <AppointmentForm
          record={record}
          role={session?.service?.role ?? 'practitioner'}
          form={form}
          cancelTo={listPath}
          onSaved={(a) =>
            void saved('Appointment booked', `${formatDateTime(a.startsAt)}, with ${a.practitioner.name}.`)
          }
          onFailed={failed}
        />,
      );
    }
    if (list.isPending) return page(<p className="nhsuk-body">Loading the appointment…</p>);
    if (!appointment) {
      return page(
        <p className="nhsuk-body">
          This appointment could not be found in this family&apos;s record.{' '}
          <Link to={listPath}>See all appointments</Link>.
        </p>,
      );
    }
    if (mode.kind === 'reschedule') {
      return page(
        <>
          <AppointmentSummary appointment={appointment} people={record.people} />
          {appointment.status === 'booked' ? (
            <AppointmentForm
              key={appointment.id}
              record={record}
              role={session?.service?.role ?? 'practitioner'}
              appointment={appointment}
              form={form}
              cancelTo={listPath}
              onSaved={(a) =>
                void saved(
                  'Appointment changed',
                  `It is now on ${formatDateTime(a.startsAt)}, with ${a.practitioner.name}.`,
                )
              }
              onFailed={failed}
            />
          ) : (
            <p className="nhsuk-body">
              This appointment has an outcome recorded, so it can no longer be moved.{' '}
              <Link to={`${listPath}?book`}>Book a new appointment</Link> instead.
            </p>
          )}
        </>,
      );
    }
    return page(
      <>
        <AppointmentSummary appointment={appointment} people={record.people} />
        <OutcomeForm
          key={appointment.id}
          appointment={appointment}
          started={started(appointment, now)}
          form={form}
          cancelTo={listPath}
          onSaved={(a) =>
            void saved(
              'Outcome saved',
              `The appointment on ${formatDateTime(a.startsAt)}: ${APPOINTMENT_STATUSES[a.status].toLowerCase()}.`,
            )
          }
          onFailed={failed}
        />
      </>,
    );
  }

  const upcoming = (list.data ?? [])
    .filter((a) => !started(a, now))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = (list.data ?? [])
    .filter((a) => started(a, now))
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  const due = past.filter((a) => a.status === 'booked');
  const card = (a: Appointment) => (
    <AppointmentCard
      key={a.id}
      appointment={a}
      people={record.people}
      due={a.status === 'booked' && started(a, now)}
      canEdit={record.can.edit}
    />
  );

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {notice ? (
          <SuccessBanner key={notice.key} heading={notice.heading}>
            {notice.text ? <p className="nhsuk-body">{notice.text}</p> : null}
          </SuccessBanner>
        ) : null}
        <PageHeading caption={name}>Appointments</PageHeading>
        {record.can.edit ? (
          <Link className="nhsuk-button" to="?book">
            Book an appointment
          </Link>
        ) : null}
        {list.isPending ? <p className="nhsuk-body">Loading appointments…</p> : null}
        {list.isError ? <p className="nhsuk-body">The appointments could not be loaded: {list.error.message}</p> : null}
        {list.data ? (
          <>
            {due.length > 0 && record.can.edit ? (
              <InsetText>
                <p>
                  {due.length === 1
                    ? '1 past appointment needs its outcome recording.'
                    : `${plural(due.length, 'past appointment')} need their outcome recording.`}
                </p>
              </InsetText>
            ) : null}
            <h2 className="nhsuk-heading-m">Coming up</h2>
            {upcoming.length === 0 ? (
              <p className="nhsuk-body">No appointments are booked.</p>
            ) : (
              <ul className="haven-appointments">{upcoming.map(card)}</ul>
            )}
            <h2 className="nhsuk-heading-m">Past</h2>
            {past.length === 0 ? (
              <p className="nhsuk-body">No past appointments.</p>
            ) : (
              <ul className="haven-appointments">{past.map(card)}</ul>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}

function ReadOnly({ record, listPath }: { record: FamilyRecord; listPath: string }) {
  return (
    <p className="nhsuk-body">
      {record.status === 'discharged'
        ? 'This family has been discharged, so their record is read-only.'
        : 'You cannot change appointments in this record.'}{' '}
      <Link to={listPath}>See the appointments</Link>.
    </p>
  );
}
