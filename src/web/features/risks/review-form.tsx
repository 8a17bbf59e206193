import { useMutation } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { RISK_TYPES } from '../../../core/family-options';
import type { Problem } from '../../app/forms';
import { formatDate } from '../../app/format';
import { dateFieldTarget, EMPTY_DATE } from '../../components/date-field';
import { toIsoDate } from '../refer/date-parts';
import { reviewRisk, type ReviewRisk, type RiskFlag, type RiskLevel } from './api';
import type { Feedback } from '../../app/section-forms';
import { FocusHeading } from './focus-heading';
import { dateProblems, serverProblems, textProblems } from './form-helpers';
import { LevelRadios, ReviewDateField, RiskFormButtons, SummaryField } from './risk-fields';

const ID = { level: 'review-level', summary: 'review-summary', reviewOn: 'review-reviewOn' } as const;
const SERVER_FIELDS = { level: ID.level, summary: ID.summary, reviewOn: dateFieldTarget(ID.reviewOn) };

type Props = { flag: RiskFlag; feedback: Feedback; onCancel: () => void };

/**
 * A review: the level and description as they stand, to change if need be, and the date of the
 * next review, which a review always sets. Only what changed is sent.
 */
export function ReviewForm({ flag, feedback, onCancel }: Props) {
  const { form } = feedback;
  const [level, setLevel] = useState<RiskLevel | ''>(flag.level);
  const [summary, setSummary] = useState(flag.summary);
  const [reviewOn, setReviewOn] = useState(EMPTY_DATE);
  const what = RISK_TYPES[flag.type].toLowerCase();

  const mutation = useMutation({
    // The version is read when the form is sent: after a conflict the page shows the flag as it is now.
    mutationFn: (input: Omit<ReviewRisk, 'version'>) => reviewRisk(flag.id, { ...input, version: flag.version }),
    onSuccess: (after) =>
      feedback.done('Risk flag reviewed', `${RISK_TYPES[after.type]}: next review by ${formatDate(after.reviewOn)}.`),
    onError: (error) => feedback.failed(error, serverProblems(error, SERVER_FIELDS, ID.level)),
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems: Problem[] = [];
    if (!level) problems.push({ field: ID.level, message: 'Choose high, medium or low' });
    problems.push(...textProblems(ID.summary, summary, 'Describe the risk', 2000));
    problems.push(
      ...dateProblems(ID.reviewOn, reviewOn, { what: 'The next review date', required: 'Enter the next review date' }),
    );
    if (problems.length > 0 || !level) return form.show(problems);
    form.clear();
    const trimmed = summary.trim();
    mutation.mutate({
      level: level === flag.level ? undefined : level,
      summary: trimmed === flag.summary.trim() ? undefined : trimmed,
      reviewOn: toIsoDate(reviewOn) ?? '',
    });
  };

  return (
    <form onSubmit={submit} noValidate className="haven-risk-form">
      <FocusHeading level={3} className="nhsuk-heading-s">
        Review the {what} flag
      </FocusHeading>
      <LevelRadios
        id={ID.level}
        legend="How serious is it now?"
        value={level}
        onChange={setLevel}
        error={form.errorFor(ID.level)}
      />
      <SummaryField
        id={ID.summary}
        hint="Change it if the risk, or what is in place to manage it, has changed."
        value={summary}
        onChange={setSummary}
        error={form.errorFor(ID.summary)}
      />
      <ReviewDateField
        id={ID.reviewOn}
        legend="Next review by"
        lead="Today or later"
        value={reviewOn}
        onChange={setReviewOn}
        error={form.errorFor(dateFieldTarget(ID.reviewOn))}
      />
      <RiskFormButtons label="Save review" pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
