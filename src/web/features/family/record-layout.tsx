import { useQuery } from '@tanstack/react-query';
import { NavLink, Outlet, useParams } from 'react-router';
import { isApiError } from '../../app/api-client';
import { readableDates } from '../../app/format';
import { LoadingPage, NotFoundPage } from '../../app/status-pages';
import { familyKeys, getFamily, type FamilyRecord } from './api';
import { RecordBanner } from './record-banner';
import type { RecordContext } from './record-context';

type Section = { to: string; label: string; show: (r: FamilyRecord) => boolean };

const SECTIONS: Section[] = [
  { to: '', label: 'Overview', show: () => true },
  { to: 'appointments', label: 'Appointments', show: () => true },
  { to: 'notes', label: 'Case notes', show: (r) => r.can.readNotes },
  { to: 'risks', label: 'Risks', show: () => true },
  { to: 'disclosures', label: 'Disclosures', show: (r) => r.can.readNotes },
  { to: 'measures', label: 'Measures', show: (r) => r.can.readNotes },
  { to: 'assessments', label: 'Attachment', show: (r) => r.can.readNotes },
  { to: 'interactions', label: 'Interactions', show: (r) => r.can.readNotes },
  { to: 'discharge', label: 'Discharge', show: (r) => r.can.discharge || r.status === 'discharged' },
  { to: 'access-log', label: 'Who has looked', show: (r) => r.can.seeAccessLog },
];

/** A family's record: the banner, the record's sections, and the section open now. */
export function RecordLayout() {
  const { id = '' } = useParams();
  const record = useQuery({ queryKey: familyKeys.one(id), queryFn: () => getFamily(id) });
  if (record.isPending) return <LoadingPage />;
  if (record.isError) {
    if (isApiError(record.error, 404)) return <NotFoundPage />;
    return <p className="nhsuk-body">This record could not be loaded: {record.error.message}</p>;
  }
  // The record's name carries dates as the server writes them; every section shows it readable.
  const context: RecordContext = { record: { ...record.data, name: readableDates(record.data.name) } };
  return (
    <>
      <RecordBanner record={record.data} />
      <nav className="haven-subnav" aria-label="Family record">
        <ul>
          {SECTIONS.filter((s) => s.show(record.data)).map((s) => (
            <li key={s.to}>
              <NavLink to={s.to ? `/families/${id}/${s.to}` : `/families/${id}`} end>
                {s.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={context} />
    </>
  );
}
