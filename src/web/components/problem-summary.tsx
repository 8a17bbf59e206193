import { ErrorSummary } from 'nhsuk-react-components';
import type { Problem } from '../app/forms';

type Props = { problems: Problem[]; attempt: number };

/**
 * The NHS.UK error summary: "There is a problem" and a list of links to the fields to fix. It
 * takes focus when shown; a new attempt with problems remounts it so focus moves to it again.
 */
export function ProblemSummary({ problems, attempt }: Props) {
  if (problems.length === 0) return null;
  return (
    <ErrorSummary key={attempt}>
      <ErrorSummary.Title>There is a problem</ErrorSummary.Title>
      <ErrorSummary.List>
        {problems.map((p, i) => (
          <ErrorSummary.ListItem key={`${p.field ?? ''}-${i}`} href={p.field ? `#${p.field}` : undefined}>
            {p.message}
          </ErrorSummary.ListItem>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
