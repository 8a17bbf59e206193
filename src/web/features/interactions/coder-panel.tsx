import { Button } from 'nhsuk-react-components';
import { useEffect, useState } from 'react';
import {
  CODE_INFO,
  clockAt,
  formatClock,
  INTERACTION_CODES,
  type CodingState,
  type InteractionCode,
} from '../../../core/interaction';
import { plural } from '../../app/format';
import { FocusHeading } from '../risks/focus-heading';
import { CodeGuide } from './metric-help';

type Props = {
  state: CodingState;
  /** The page's clock, as the reducer was given it. */
  now: () => number;
  who: string;
  onCode: (code: InteractionCode) => void;
  onTogglePause: () => void;
  onUndo: () => void;
  onFinish: () => void;
};

/** The running coder: the clock, a button per code (labelled with its key), pause, undo and finish. */
export function CoderPanel({ state, now, who, onCode, onTogglePause, onUndo, onFinish }: Props) {
  const running = state.status === 'running';
  const [, tick] = useState(0);
  // Redraws the clock while it runs; the reducer, not this timer, decides every event's time.
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => tick((n) => n + 1), 250);
    return () => window.clearInterval(timer);
  }, [running]);
  const last = state.events.at(-1);

  return (
    <section className="haven-coder" aria-labelledby="coder-heading">
      <FocusHeading>
        <span id="coder-heading">Coding {who}</span>
      </FocusHeading>
      <p className="haven-coder__clock">
        <span className="nhsuk-u-visually-hidden">Coding clock: </span>
        <span className="haven-coder__time">{formatClock(clockAt(state, now()))}</span>{' '}
        <strong className={`nhsuk-tag ${running ? 'nhsuk-tag--green' : 'nhsuk-tag--yellow'}`}>
          {running ? 'Running' : 'Paused'}
        </strong>
      </p>
      <p className="nhsuk-body">
        Press a key as each moment happens: <kbd>B</kbd> bid, <kbd>C</kbd> contingent, <kbd>M</kbd> missed, <kbd>I</kbd>{' '}
        intrusive, <kbd>R</kbd> repair. <kbd>Space</kbd> pauses, <kbd>Backspace</kbd> or <kbd>U</kbd> undoes.
      </p>
      <div className="haven-coder__codes">
        {INTERACTION_CODES.map((code) => (
          <button
            key={code}
            type="button"
            className={`haven-code-button haven-code-button--${code}`}
            disabled={!running}
            onClick={() => onCode(code)}
            aria-keyshortcuts={CODE_INFO[code].key}
          >
            <kbd>{CODE_INFO[code].key}</kbd> {CODE_INFO[code].label}
          </button>
        ))}
      </div>
      {!running ? (
        <p className="nhsuk-body">The clock is paused: coding resumes when you press Space or Resume.</p>
      ) : null}
      <div className="nhsuk-button-group">
        <Button type="button" secondary onClick={onTogglePause} aria-keyshortcuts="Space">
          {running ? 'Pause (Space)' : 'Resume (Space)'}
        </Button>
        <Button type="button" secondary onClick={onUndo} disabled={!last} aria-keyshortcuts="Backspace U">
          Undo (U)
        </Button>
        <Button type="button" onClick={onFinish}>
          Finish
        </Button>
      </div>
      <p className="nhsuk-body-s">
        {plural(state.events.length, 'event')} coded
        {last ? `; last: ${CODE_INFO[last.code].label.toLowerCase()} at ${formatClock(last.atMs)}` : ''}.
      </p>
      <CodeGuide />
    </section>
  );
}
