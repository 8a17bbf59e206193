import { useQuery } from '@tanstack/react-query';
import { Button, Pagination, Select } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { APPOINTMENT_PLACES } from '../../../core/family-options';
import { isIsoDate, todayInLondon } from '../../../core/dates';
import { ROLE_LABELS } from '../../../core/roles';
import { plural, readableDates } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../auth/use-session';
import { familyKeys as familiesKeys, listAllocatable } from '../families/api';
import { appointmentKeys, getWeek, type WeekAppointment } from './api';
import { AppointmentStatusTag } from './tags';
import { addDays, formatTimeRange, formatWeekday, mondayOf, ukLocalParts } from './uk-time';

const DAYS = 7;

/** "Monday 2 March to Sunday 8 March 2026" (with both years when the week spans two). */
function weekText(from: string): string {
  const to = addDays(from, DAYS - 1);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${formatWeekday(from)}${sameYear ? '' : ` ${from.slice(0, 4)}`} to ${formatWeekday(to)} ${to.slice(0, 4)}`;
}

const dayAndMonth = (date: string) => {
  const [, day = '', month = ''] = formatWeekday(date).split(' ');
  return { day, month };
};

/** "2 to 8 March" (or "30 March to 5 April"), short, for the links to the weeks either side. */
function shortWeek(from: string): string {
  const first = dayAndMonth(from);
  const last = dayAndMonth(addDays(from, DAYS - 1));
  return first.month === last.month
    ? `${first.day} to ${last.day} ${last.month}`
    : `${first.day} ${first.month} to ${last.day} ${last.month}`;
}

/**
 * A diary week, Monday to Sunday: each day's appointments with the family, where and the status.
 * The week (and, for managers and coordinators, whose diary) is in the address, so it can be
 * bookmarked and Back works.
 */
export function WeekPage() {
  usePageTitle('Appointments');
  const { data: session } = useSession();
  const role = session?.service?.role;
  const choosesPractitioner = role === 'manager' || role === 'coordinator';
  const [params] = useSearchParams();
  const today = todayInLondon();
  const thisWeek = mondayOf(today);
  const asked = params.get('from');
  const from = asked && isIsoDate(asked) ? mondayOf(asked) : thisWeek;
  const practitionerId = (choosesPractitioner && params.get('practitionerId')) || null;
  // A coordinator holds no diary of their own: they choose whose to see first.
  const mustChoose = role === 'coordinator' && !practitionerId;

  const week = useQuery({
    queryKey: appointmentKeys.week(from, practitionerId),
    queryFn: () => getWeek(from, practitionerId),
    enabled: role !== undefined && !mustChoose,
  });

  const link = (monday: string) => {
    const query = new URLSearchParams({ from: monday });
    if (practitionerId) query.set('practitionerId', practitionerId);
    return `?${query.toString()}`;
  };
  const byDay = new Map<string, WeekAppointment[]>();
  for (const a of week.data?.appointments ?? []) {
    const day = ukLocalParts(new Date(a.startsAt)).date;
    byDay.set(day, [...(byDay.get(day) ?? []), a]);
  }
  const count = week.data?.appointments.length ?? 0;

  return (
    <>
      <PageHeading caption={week.data?.practitioner.name ?? session?.service?.name}>Appointments</PageHeading>
      {choosesPractitioner ? (
        <PractitionerChoice
          key={practitionerId ?? ''}
          from={from}
          chosen={practitionerId ?? week.data?.practitioner.id}
        />
      ) : null}
      {mustChoose ? (
        <p className="nhsuk-body">Choose a practitioner to see their appointments.</p>
      ) : (
        <>
          <p className="nhsuk-body-l nhsuk-u-margin-bottom-2" aria-live="polite">
            {weekText(from)}
          </p>
          <p className="nhsuk-body">
            {week.data ? `${plural(count, 'appointment')} this week. ` : null}
            {from === thisWeek ? null : <Link to={link(thisWeek)}>Go to this week</Link>}
          </p>
          <Pagination aria-label="Weeks" className="haven-week-pages">
            <Pagination.Item
              previous
              asElement={Link}
              to={link(addDays(from, -DAYS))}
              labelText={shortWeek(addDays(from, -DAYS))}
            >
              Previous week
            </Pagination.Item>
            <Pagination.Item
              next
              asElement={Link}
              to={link(addDays(from, DAYS))}
              labelText={shortWeek(addDays(from, DAYS))}
            >
              Next week
            </Pagination.Item>
          </Pagination>
          {week.isPending ? <p className="nhsuk-body">Loading appointments…</p> : null}
          {week.isError ? (
            <p className="nhsuk-body">The appointments could not be loaded: {week.error.message}</p>
          ) : null}
          {week.data
            ? Array.from({ length: DAYS }, (_, i) => addDays(from, i)).map((day) => (
                <Day key={day} day={day} today={day === today} appointments={byDay.get(day) ?? []} />
              ))
            : null}
        </>
      )}
    </>
  );
}

function Day({ day, today, appointments }: { day: string; today: boolean; appointments: WeekAppointment[] }) {
  return (
    <section className="haven-day" aria-labelledby={`day-${day}`}>
      <h2 className="nhsuk-heading-s haven-day__heading" id={`day-${day}`}>
        {formatWeekday(day)}
        {today ? <span className="haven-day__today"> (today)</span> : null}
      </h2>
      {appointments.length === 0 ? (
        <p className="nhsuk-body nhsuk-u-secondary-text-colour">No appointments</p>
      ) : (
        <ul className="nhsuk-list haven-day__list">
          {appointments.map((a) => (
            <li key={a.id} className="haven-day__item">
              <span className="haven-day__time">{formatTimeRange(a.startsAt, a.durationMinutes)}</span>
              <span className="haven-day__what">
                <Link to={`/families/${a.family.id}/appointments`}>{readableDates(a.family.name)}</Link>
                <span className="haven-day__place">{APPOINTMENT_PLACES[a.place]}</span>
              </span>
              <AppointmentStatusTag status={a.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Whose diary to see: for managers and coordinators. A form with a button, so choosing does not move the page. */
function PractitionerChoice({ from, chosen }: { from: string; chosen: string | undefined }) {
  const [, setParams] = useSearchParams();
  const people = useQuery({ queryKey: familiesKeys.allocatable, queryFn: listAllocatable, staleTime: 60_000 });
  const [value, setValue] = useState(chosen ?? '');
  const shown = value || chosen || '';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (shown) setParams({ from, practitionerId: shown });
  };
  if (people.isError) return <p className="nhsuk-body">The list of practitioners could not be loaded.</p>;
  return (
    <form onSubmit={submit} noValidate className="haven-diary-choice">
      <Select
        id="practitionerId"
        name="practitionerId"
        label="Whose appointments"
        labelProps={{ size: 's' }}
        value={shown}
        onChange={(e) => setValue(e.currentTarget.value)}
      >
        {shown ? null : <Select.Option value="">Choose a practitioner</Select.Option>}
        {(people.data ?? []).map((p) => (
          <Select.Option key={p.id} value={p.id}>
            {p.role === 'practitioner' ? p.name : `${p.name} (${ROLE_LABELS[p.role]})`}
          </Select.Option>
        ))}
      </Select>
      <Button type="submit" secondary small>
        Show
      </Button>
    </form>
  );
}
