import { Button, Textarea } from 'nhsuk-react-components';
import { useState, type SyntheticEvent } from 'react';
import { formatClock, summariseInteraction, type InteractionEvent } from '../../../core/interaction';
import type { FormProblems } from '../../app/forms';
import { FocusHeading } from '../risks/focus-heading';
import { textProblems } from '../risks/form-helpers';
import { MetricHelp } from './metric-help';
import { MetricsSummary } from './metrics-summary';
import { EventsTable, Timeline } from './timeline';

export const NOTES_ID = 'coding-notes';

type Props = {
  who: string;
  events: readonly InteractionEvent[];
  durationMs: number;
  form: FormProblems;
  pending: boolean;
  onSave: (notes: string) => void;
  onDiscard: () => void;
};

/** The finished coding before it is saved: the timeline, the three numbers, every event, and notes. */
export function CodingReview({ who, events, durationMs, form, pending, onSave, onDiscard }: Props) {
  const [notes, setNotes] = useState('');
  // A whole coding is easy to lose with one stray click: discarding asks once more.
  const [confirming, setConfirming] = useState(false);
  const metrics = summariseInteraction(events);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (pending) return;
    const problems = textProblems(NOTES_ID, notes, undefined, 4000);
    if (problems.length > 0) return form.show(problems);
    form.clear();
    onSave(notes.trim());
  };

  return (
    <form onSubmit={submit} noValidate className="haven-coding-review">
      <FocusHeading>Review the coding</FocusHeading>
      <p className="nhsuk-body">
        {who}: {formatClock(durationMs)} of coding time, pauses left out. Nothing is saved until you save it.
      </p>
      <h3 className="nhsuk-heading-s">Timeline</h3>
      <Timeline events={events} durationMs={durationMs} />
      <h3 className="nhsuk-heading-s">What it shows</h3>
      <MetricsSummary metrics={metrics} />
      <MetricHelp />
      <EventsTable events={events} caption="Events coded" />
      <Textarea
        id={NOTES_ID}
        name={NOTES_ID}
        label="Notes (optional)"
        labelProps={{ size: 's' }}
        hint="Anything the numbers do not show: the baby’s state, what helped the repair, what you talked about after."
        rows={4}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={form.errorFor(NOTES_ID)}
      />
      {confirming ? (
        <div className="nhsuk-warning-callout">
          <FocusHeading level={3} className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>Discard this coding?
          </FocusHeading>
          <p className="nhsuk-body">The events you coded will not be saved.</p>
          <div className="nhsuk-button-group">
            <Button type="button" warning onClick={onDiscard}>
              Yes, discard it
            </Button>
            <Button
              type="button"
              secondary
              onClick={() => {
                setConfirming(false);
                // Back to the button that asked, once it is on the page again.
                window.setTimeout(() => document.getElementById('discard-coding')?.focus());
              }}
            >
              No, keep it
            </Button>
          </div>
        </div>
      ) : (
        <div className="nhsuk-button-group">
          <Button type="submit">{pending ? 'Saving…' : 'Save observation'}</Button>
          <Button type="button" secondary id="discard-coding" onClick={() => setConfirming(true)}>
            Discard
          </Button>
        </div>
      )}
    </form>
  );
}
