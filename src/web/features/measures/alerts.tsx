import { Button, WarningCallout } from 'nhsuk-react-components';
import { MEASURES, TIMEPOINTS } from '../../../core/measures/catalogue';
import { formatDate } from '../../app/format';
import type { Feedback } from '../../app/section-forms';
import { acknowledgeAlert, type MeasureResult, type MeasureView } from './api';
import { TextForm } from './text-form';

type Props = {
  alerts: MeasureResult[];
  views: MeasureView[];
  personName: (id: string | null) => string;
  /** The allocated practitioners and managers acknowledge; anyone else is told who will. */
  canAcknowledge: boolean;
  openId: string | null;
  onOpen: (id: string) => void;
  onCancel: (id: string) => void;
  feedback: Feedback;
};

/** The answer the printed form gave, in words when the wording is known. */
function answerText(view: MeasureView | undefined, result: MeasureResult, number: number): string | null {
  const position = result.responses[number - 1];
  if (position === null || position === undefined) return null;
  const answers = view?.items[number - 1]?.answers;
  return answers?.[position] ?? null;
}

/** Critical answers not yet acknowledged: at the top of the page, each with a way to say what was done. */
export function CriticalAlerts({
  alerts,
  views,
  personName,
  canAcknowledge,
  openId,
  onOpen,
  onCancel,
  feedback,
}: Props) {
  if (alerts.length === 0) return null;
  return (
    <>
      {alerts.map((r) => {
        const def = MEASURES[r.measureId];
        const view = views.find((v) => v.id === r.measureId);
        const buttonId = `acknowledge-${r.id}`;
        return (
          <WarningCallout key={r.id} className="haven-alert">
            <WarningCallout.Heading>
              {def.shortName}: critical answer from {personName(r.personId)}
            </WarningCallout.Heading>
            <p className="nhsuk-body">
              Given at {TIMEPOINTS[r.timepoint].toLowerCase()} on {formatDate(r.completedOn)}
              {r.recordedBy ? `, entered by ${r.recordedBy.name}` : ''}.
            </p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {r.criticalItems.map((c) => {
                const said = answerText(view, r, c.number);
                return (
                  <li key={c.number}>
                    Item {c.number}: {c.reason}
                    {said ? ` (answered “${said}”)` : ` (scored ${String(c.score)})`}
                  </li>
                );
              })}
            </ul>
            {canAcknowledge ? (
              openId === r.id ? (
                <TextForm
                  id={`ack-${r.id}`}
                  field="action"
                  heading="Acknowledge the alert"
                  label="What was done?"
                  hint="For example, who you spoke to, when, and the plan to keep them safe."
                  required="Say what was done about the answer"
                  max={1000}
                  button="Acknowledge alert"
                  send={(action) => acknowledgeAlert(r.id, { version: r.version, action })}
                  done={() =>
                    feedback.done(
                      'Alert acknowledged',
                      `The ${def.shortName} alert is closed and what was done is recorded.`,
                    )
                  }
                  feedback={feedback}
                  onCancel={() => onCancel(buttonId)}
                />
              ) : (
                <Button type="button" id={buttonId} secondary onClick={() => onOpen(r.id)}>
                  Acknowledge<span className="nhsuk-u-visually-hidden"> the {def.shortName} alert</span>
                </Button>
              )
            ) : (
              <p className="nhsuk-body">
                The family&apos;s allocated practitioner or a manager acknowledges this alert.
              </p>
            )}
          </WarningCallout>
        );
      })}
    </>
  );
}
