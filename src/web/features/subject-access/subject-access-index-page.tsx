import { Link } from 'react-router';
import { formatDate } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import type { Person } from '../family/api';
import { useFamilyRecord } from '../family/record-context';
import { useSession } from '../auth/use-session';

/** How the list names a person; a pregnancy has no name yet. */
function describe(p: Person): string {
  const role = p.kind === 'carer' ? 'parent or carer' : p.dateOfBirth ? 'baby' : 'pregnancy';
  const name =
    p.name ?? (p.kind === 'baby' && p.dueDate ? `Unborn baby, due ${formatDate(p.dueDate)}` : 'Name not recorded');
  return `${name} (${role}${p.active ? '' : ', no longer in the record'})`;
}

/**
 * Subject access requests for this family: each person in the record is a data subject with a right
 * to see what is held about them. Managers prepare the answer; this page lists whom it can be for.
 */
export function SubjectAccessIndexPage() {
  const record = useFamilyRecord();
  const { data: session } = useSession();
  usePageTitle(`Subject access requests: ${record.name}`);
  const manager = session?.service?.role === 'manager';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading caption={record.name}>Subject access requests</PageHeading>
        {manager ? (
          <>
            <p className="nhsuk-body">
              Everyone in this record can ask for a copy of what the service holds about them. Choose who the request is
              from to gather their information into a document you can check, mark for redaction and print.
            </p>
            <p className="nhsuk-body">Opening it is recorded in the record&apos;s access log.</p>
            <ul className="nhsuk-list nhsuk-list--border">
              {record.people.map((p) => (
                <li key={p.id}>
                  <Link className="nhsuk-link" to={`/families/${record.id}/people/${p.id}/subject-access`}>
                    {describe(p)}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="nhsuk-body">Subject access requests are prepared by a manager.</p>
        )}
      </div>
    </div>
  );
}
