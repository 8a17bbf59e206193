import { SummaryList } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { PROFESSIONAL_ROLES } from '../../../core/family-options';
import type { FamilyRecord, Professional } from './api';
import { labelOf } from './labels';
import { formHref } from './record-forms';

export const roleLabel = (role: string): string => labelOf(PROFESSIONAL_ROLES, role) ?? role;

function Details({ p }: { p: Professional }) {
  return (
    <>
      <strong>{p.name}</strong>
      {p.organisation ? <>, {p.organisation}</> : null}
      {p.phone ? (
        <>
          <br />
          Phone: {p.phone}
        </>
      ) : null}
      {p.email ? (
        <>
          <br />
          Email: <span className="haven-break-anywhere">{p.email}</span>
        </>
      ) : null}
    </>
  );
}

/** The professionals around the family: who they are and how to reach them; those no longer involved apart. */
export function ProfessionalsSection({ record }: { record: FamilyRecord }) {
  const involved = record.professionals.filter((p) => p.active);
  const former = record.professionals.filter((p) => !p.active);
  const list = (people: Professional[]) => (
    <SummaryList>
      {people.map((p) => (
        <SummaryList.Row key={p.id}>
          <SummaryList.Key>{roleLabel(p.role)}</SummaryList.Key>
          <SummaryList.Value>
            <Details p={p} />
          </SummaryList.Value>
          {record.can.edit ? (
            <SummaryList.Action
              asElement={Link}
              to={formHref(record.id, { form: 'change-professional', professional: p.id })}
              visuallyHiddenText={`${p.name}, ${roleLabel(p.role)}`}
            >
              Change
            </SummaryList.Action>
          ) : null}
        </SummaryList.Row>
      ))}
    </SummaryList>
  );
  return (
    <section aria-labelledby="professionals-heading">
      <h2 className="nhsuk-heading-m" id="professionals-heading">
        Professionals around the family
      </h2>
      {involved.length > 0 ? list(involved) : <p className="nhsuk-body">No professionals are recorded.</p>}
      {record.can.edit ? (
        <p className="nhsuk-body">
          <Link to={formHref(record.id, { form: 'add-professional' })}>Add a professional</Link>
        </p>
      ) : null}
      {former.length > 0 ? (
        <>
          <h3 className="nhsuk-heading-s">No longer involved</h3>
          {list(former)}
        </>
      ) : null}
    </section>
  );
}
