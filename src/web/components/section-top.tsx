import type { FormProblems } from '../app/forms';
import { PageHeading } from './page-heading';
import { ProblemSummary } from './problem-summary';
import { SuccessBanner } from './success-banner';

/** What was just done, said above the page; a new `key` shows the banner (and focuses it) again. */
export type Notice = { heading: string; text: string; key: number };

type Props = { form: FormProblems; notice: Notice | null; caption: string; title: string };

/** The top of a page of the family record: the problems to put right, the latest notice, the heading. */
export function SectionTop({ form, notice, caption, title }: Props) {
  return (
    <>
      <ProblemSummary problems={form.problems} attempt={form.attempt} />
      {notice ? (
        <SuccessBanner key={notice.key} heading={notice.heading}>
          <p className="nhsuk-body">{notice.text}</p>
        </SuccessBanner>
      ) : null}
      <PageHeading caption={caption}>{title}</PageHeading>
    </>
  );
}
