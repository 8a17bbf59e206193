import { useQuery } from '@tanstack/react-query';
import { plural } from '../../app/format';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../auth/use-session';
import { familyKeys, listTeamCaseloads } from './api';
import { CaseloadTable } from './caseload-table';

/** Every practitioner's caseload and its size: for a manager balancing the team's work. */
export function TeamCaseloadsPage() {
  usePageTitle("The team's caseloads");
  const { data: session } = useSession();
  const team = useQuery({ queryKey: familyKeys.team, queryFn: listTeamCaseloads });
  return (
    <>
      <PageHeading caption={session?.service?.name}>The team&apos;s caseloads</PageHeading>
      {team.isPending ? <p className="nhsuk-body">Loading caseloads…</p> : null}
      {team.isError ? <p className="nhsuk-body">The caseloads could not be loaded: {team.error.message}</p> : null}
      {team.data?.length === 0 ? <p className="nhsuk-body">No families are allocated yet.</p> : null}
      {team.data && team.data.length > 0 ? (
        <>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {team.data.map((p) => (
              <li key={p.id}>
                <a href={`#caseload-${p.id}`}>{p.name}</a>: {plural(p.size, 'family', 'families')}
              </li>
            ))}
          </ul>
          {team.data.map((p) => (
            <section key={p.id} aria-labelledby={`caseload-${p.id}`}>
              <h2 className="nhsuk-heading-m" id={`caseload-${p.id}`}>
                {p.name} ({plural(p.size, 'family', 'families')})
              </h2>
              <CaseloadTable families={p.families} caption={`Families allocated to ${p.name}`} />
            </section>
          ))}
        </>
      ) : null}
    </>
  );
}
