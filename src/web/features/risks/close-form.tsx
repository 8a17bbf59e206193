import { useMutation } from '@tanstack/react-query';
import { Textarea } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { todayInLondon } from '../../../core/dates';
import { RISK_TYPES } from '../../../core/family-options';
import type { Problem } from '../../app/forms';
import { DateField, dateFieldTarget } from '../../components/date-field';
import { fromIsoDate, toIsoDate } from '../refer/date-parts';
import { closeRisk, type CloseRisk, type RiskFlag } from './api';
import type { Feedback } from '../../app/section-forms';
import { FocusHeading } from './focus-heading';
import { dateProblems, serverProblems, textProblems } from './form-helpers';
import { RiskFormButtons } from './risk-fields';

const ID = { reason: 'close-reason', closedOn: 'close-closedOn' } as const;
const SERVER_FIELDS = { reason: ID.reason, closedOn: dateFieldTarget(ID.closedOn) };

type Props = { flag: RiskFlag; feedback: Feedback; onCancel: () => void };

/** Closing a flag, saying why. It is kept in the record, under the closed flags. */
export function CloseForm({ flag, feedback, onCancel }: Props) {
  const { form } = feedback;
  const [reason, setReason] = useState('');
  const [closedOn, setClosedOn] = useState(() => fromIsoDate(todayInLondon()));
  const what = RISK_TYPES[flag.type].toLowerCase();

  const mutation = useMutation({
    mutationFn: (input: Omit<CloseRisk, 'version'>) => closeRisk(flag.id, { ...input, version: flag.version }),
    onSuccess: (after) =>
      feedback.done(
        'Risk flag closed',
        `The ${RISK_TYPES[after.type].toLowerCase()} flag is kept in the record, under "Closed flags".`,
      ),
    onError: (error) => feedback.failed(error, serverProblems(error, SERVER_FIELDS, ID.reason)),
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems: Problem[] = [
      ...textProblems(ID.reason, reason, 'Say why the flag is being closed', 1000),
      ...dateProblems(ID.closedOn, closedOn, {
        what: 'The date closed',
        required: 'Enter the date closed',
        notFuture: true,
      }),
    ];
    if (problems.length > 0) return form.show(problems);
    form.clear();
    mutation.mutate({ reason: reason.trim(), closedOn: toIsoDate(closedOn) ?? undefined });
  };

  return (
    <form onSubmit={submit} noValidate className="haven-risk-form">
      <FocusHeading level={3} className="nhsuk-heading-s">
        Close the {what} flag
      </FocusHeading>
      <Textarea
        id={ID.reason}
        name={ID.reason}
        label="Why is the flag being closed?"
        labelProps={{ size: 's' }}
        hint="For example, what has changed so that the risk no longer needs a flag."
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={form.errorFor(ID.reason)}
      />
      <DateField
        id={ID.closedOn}
        legend="Date closed"
        hint="For example, 15 3 2026"
        value={closedOn}
        onChange={setClosedOn}
        error={form.errorFor(dateFieldTarget(ID.closedOn))}
      />
      <RiskFormButtons label="Close flag" pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
