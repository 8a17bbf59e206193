import { BackLink, Button } from 'nhsuk-react-components';
import type { ReactNode, SyntheticEvent } from 'react';
import { Link } from 'react-router';
import type { FormProblems } from '../../app/forms';
import { usePageTitle } from '../../app/page';
import { PageHeading } from '../../components/page-heading';
import { ProblemSummary } from '../../components/problem-summary';

type Props = {
  title: string;
  caption?: string;
  backTo: string;
  form: FormProblems;
  onContinue: () => void;
  continueLabel?: string;
  children: ReactNode;
};

/** One page of a referral form: Back, the error summary, one heading, the questions, Continue. */
export function QuestionPage({
  title,
  caption,
  backTo,
  form,
  onContinue,
  continueLabel = 'Continue',
  children,
}: Props) {
  usePageTitle(title, form.hasProblems);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onContinue();
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to={backTo}>
          Back
        </BackLink>
        <ProblemSummary problems={form.problems} attempt={form.attempt} />
        <PageHeading caption={caption}>{title}</PageHeading>
        <form onSubmit={submit} noValidate>
          {children}
          <Button type="submit">{continueLabel}</Button>
        </form>
      </div>
    </div>
  );
}
