import { useMutation } from '@tanstack/react-query';
import { Button, Radios, Textarea } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { APPOINTMENT_OUTCOME_CODES, APPOINTMENT_STATUSES } from '../../../core/family-options';
import { problemsFrom, type FormProblems, type Problem } from '../../app/forms';
import { recordOutcome, type Appointment, type Outcome } from './api';

const FIELDS = ['status', 'note'] as const;
const ATTENDANCE: readonly Outcome[] = ['attended', 'did-not-attend'];
const NOTE_LIMIT = 2000;

type Props = {
  appointment: Appointment;
  /** Whether the appointment has started, so attendance can be recorded. */
  started: boolean;
  form: FormProblems;
  cancelTo: string;
  onSaved: (appointment: Appointment) => void;
  onFailed: (error: unknown, problems: Problem[]) => void;
};

/**
 * What happened at an appointment, or a correction of it. Before it starts only a cancellation can
 * be recorded. The note is seen by everyone who sees the family's appointments, coordinators too.
 */
export function OutcomeForm({ appointment, started, form, cancelTo, onSaved, onFailed }: Props) {
  const [status, setStatus] = useState<Outcome | ''>(appointment.status === 'booked' ? '' : appointment.status);
  const [note, setNote] = useState(appointment.outcomeNote ?? '');
  const choices = APPOINTMENT_OUTCOME_CODES.filter((code) => started || !ATTENDANCE.includes(code));

  const mutation = useMutation({
    mutationFn: (outcome: Outcome) =>
      recordOutcome(appointment.id, { version: appointment.version, status: outcome, note: note.trim() || undefined }),
    onSuccess: onSaved,
    onError: (error) => onFailed(error, problemsFrom(error, FIELDS, 'status')),
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mutation.isPending) return; // already on its way
    const problems: Problem[] = [];
    if (!status) problems.push({ field: 'status', message: 'Choose what happened' });
    if (note.trim().length > NOTE_LIMIT)
      problems.push({ field: 'note', message: 'The note must be 2,000 characters or fewer' });
    if (problems.length > 0 || !status) return form.show(problems);
    form.clear();
    mutation.mutate(status);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Radios
        name="status"
        legend="What happened?"
        legendProps={{ size: 's' }}
        hint={started ? undefined : 'You can record whether the family came once the appointment has started.'}
        error={form.errorFor('status')}
      >
        {choices.map((code, i) => (
          <Radios.Item
            key={code}
            id={i === 0 ? 'status' : `status-${code}`}
            value={code}
            checked={status === code}
            onChange={() => setStatus(code)}
          >
            {APPOINTMENT_STATUSES[code]}
          </Radios.Item>
        ))}
      </Radios>
      <Textarea
        id="note"
        name="note"
        label="Note (optional)"
        labelProps={{ size: 's' }}
        hint="For example, why it was cancelled or what was arranged next. Coordinators can read this too: keep clinical detail for the case notes."
        rows={4}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={form.errorFor('note')}
      />
      <div className="haven-appointment-form__actions">
        <Button type="submit">{mutation.isPending ? 'Saving…' : 'Save the outcome'}</Button>
        <Link to={cancelTo} className="nhsuk-link">
          Cancel
        </Link>
      </div>
    </form>
  );
}
