import { Details } from 'nhsuk-react-components';
import { CODE_INFO, INTERACTION_CODES } from '../../../core/interaction';

/** The codes and their keys, in plain words: the coder's key guide. */
export function CodeGuide() {
  return (
    <Details>
      <Details.Summary>What the codes mean</Details.Summary>
      <Details.Text>
        <dl className="haven-code-guide">
          {INTERACTION_CODES.map((code) => (
            <div key={code}>
              <dt>
                <kbd>{CODE_INFO[code].key}</kbd> {CODE_INFO[code].label}
              </dt>
              <dd>{CODE_INFO[code].meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="nhsuk-body">
          <kbd>Space</kbd> pauses and resumes the clock (time while paused is not counted). <kbd>Backspace</kbd> or{' '}
          <kbd>U</kbd> undoes the last event. Keys do nothing while you are typing in a box.
        </p>
      </Details.Text>
    </Details>
  );
}

/** How the three numbers are worked out, in plain words (domain.md §3.4 serve and return, §3.5 repair). */
export function MetricHelp() {
  return (
    <Details>
      <Details.Summary>How these numbers are worked out</Details.Summary>
      <Details.Text>
        <h3 className="nhsuk-heading-xs">Contingency rate</h3>
        <p className="nhsuk-body">
          Of all the baby’s bids, the share where the carer’s first response was in tune (contingent). The first
          response is the first contingent, missed or intrusive response after the bid and before the next bid. A bid
          with no response before the next bid, or before the end, counts as not met. With no bids coded there is no
          rate.
        </p>
        <h3 className="nhsuk-heading-xs">Mismatches repaired</h3>
        <p className="nhsuk-body">
          A mismatch is a missed cue or an intrusive response. A repair mends every mismatch before it that was not yet
          mended. This is the share of mismatches that were mended. A repair with nothing to mend stays on the timeline
          but counts for nothing.
        </p>
        <h3 className="nhsuk-heading-xs">Median time to repair</h3>
        <p className="nhsuk-body">
          For each mended mismatch, the time from the mismatch to its repair; the median is the middle of those times
          (with an even number, halfway between the two middle ones). Paused time is never counted.
        </p>
        <p className="nhsuk-body">
          Even in ordinary, healthy interaction only about a third of moments are well matched, and mismatches are
          usually repaired within seconds. What matters is repair, not perfection: look for more repair, and quicker,
          over time.
        </p>
      </Details.Text>
    </Details>
  );
}
