import { SummaryList } from 'nhsuk-react-components';
import { ATTACHMENT_FEATURES, FEATURE_SEEN } from '../../../core/assessments/attachment-features';
import { SECURE_BASE_DIMENSIONS } from '../../../core/assessments/secure-base';
import { CARE_SETTINGS } from '../../../core/family-options';
import { formatRate, formatSeconds } from '../../../core/interaction';
import { ENTRY_MODES, TIMEPOINTS } from '../../../core/measures/catalogue';
import { formatDate } from '../../app/format';
import type { Named, Outcomes } from './api';
import { Row, Section } from './document-parts';
import { Item, RParagraphs } from './redactable';

const who = (p: Named | null) => (p ? (p.name ?? 'Someone not named') : null);
/** A stored code in the words the record uses, or the code itself if it is no longer known. */
const inWords = (labels: Record<string, string>, code: string) => labels[code] ?? code;
const DIMENSIONS: Record<string, string> = Object.fromEntries(SECURE_BASE_DIMENSIONS.map((d) => [d.id, d.title]));
const FEATURES: Record<string, string> = Object.fromEntries(ATTACHMENT_FEATURES.map((f) => [f.id, f.name]));
const minutes = (ms: number) => `${Math.round(ms / 6000) / 10} minutes`;

/** The subject access document's outcome measures and attachment assessments. */
export function OutcomeSections({ outcomes: o }: { outcomes: Outcomes }) {
  return (
    <>
      <Section title="Outcome measures" empty="No outcome measures.">
        {o.measures.map((m) => (
          <Item
            key={m.id}
            title={`${m.measure}, ${TIMEPOINTS[m.timepoint].toLowerCase()}, ${formatDate(m.completedOn)}`}
            others={m.otherPeople}
          >
            <SummaryList>
              <Row k="Total" v={m.total === null ? 'Not scored: too many items unanswered' : String(m.total)} />
              <Row k="Band" v={m.band} />
              <Row k="How it was completed" v={ENTRY_MODES[m.mode]} />
              <Row k="Recorded by" v={m.recordedBy} />
              <Row k="Entered in error" v={m.withdrawnReason ? <RParagraphs text={m.withdrawnReason} /> : null} />
            </SummaryList>
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-font-size-19">Answers</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th className="nhsuk-table__header" scope="col">
                    Item
                  </th>
                  <th className="nhsuk-table__header" scope="col">
                    Answer
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {m.answers.map((a) => (
                  <tr className="nhsuk-table__row" key={a.item}>
                    <td className="nhsuk-table__cell">
                      {a.question ? <RParagraphs text={a.question} /> : `Item ${a.item}`}
                    </td>
                    <td className="nhsuk-table__cell">{a.answer ?? 'Not answered'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Item>
        ))}
      </Section>

      <Section title="Goals" empty="No goals recorded.">
        {o.goals.map((g) => (
          <Item key={g.id} title={`Goal set ${formatDate(g.setOn)}`} others={g.otherPeople}>
            <RParagraphs text={g.text} />
            {g.closedOn ? <p className="nhsuk-body-s">Closed {formatDate(g.closedOn)}</p> : null}
          </Item>
        ))}
      </Section>

      <Section title="Scores from other tools" empty="No scores from other tools.">
        {o.scoredElsewhere.map((s) => (
          <Item key={s.id} title={`${s.tool}, ${formatDate(s.scoredOn)}`} others={s.otherPeople}>
            <SummaryList>
              <Row k="Time point" v={TIMEPOINTS[s.timepoint]} />
              <Row k="About" v={who(s.about) ?? 'The parent and baby together'} />
              <Row k="Score" v={s.score === null ? null : String(s.score)} />
              <Row k="Result" v={s.result} />
              <Row k="Notes" v={s.notes ? <RParagraphs text={s.notes} /> : null} />
            </SummaryList>
          </Item>
        ))}
      </Section>

      <Section title="Secure Base reviews" empty="No Secure Base reviews.">
        {o.secureBaseReviews.map((r) => (
          <Item key={r.id} title={`Secure Base review, ${formatDate(r.reviewedOn)}`} others={r.otherPeople}>
            <SummaryList>
              <Row k="Child" v={who(r.child)} />
              <Row k="Carer" v={who(r.carer)} />
              <Row k="Care setting" v={inWords(CARE_SETTINGS, r.careSetting)} />
              {r.dimensions.map((d) => (
                <Row
                  key={d.dimension}
                  k={inWords(DIMENSIONS, d.dimension)}
                  v={
                    <>
                      <p className="nhsuk-body">
                        Carer&apos;s approach {d.carer} of 5; child&apos;s response {d.child} of 5
                      </p>
                      <RParagraphs text={d.evidence} />
                      <RParagraphs text={d.goals} />
                    </>
                  }
                />
              ))}
              <Row k="Summary" v={r.summary ? <RParagraphs text={r.summary} /> : null} />
            </SummaryList>
          </Item>
        ))}
      </Section>

      <Section title="Attachment behaviours" empty="No attachment behaviours recorded.">
        {o.attachmentObservations.map((a) => (
          <Item key={a.id} title={`Observed ${formatDate(a.observedOn)}`} others={a.otherPeople}>
            <SummaryList>
              <Row k="Child" v={who(a.child)} />
              <Row k="Carer" v={who(a.carer)} />
              <Row k="Observed by" v={a.observedBy} />
              <Row k="Setting" v={a.setting} />
              {a.features.map((f) => (
                <Row
                  key={f.feature}
                  k={inWords(FEATURES, f.feature)}
                  v={
                    <>
                      <p className="nhsuk-body">{inWords(FEATURE_SEEN, f.seen)}</p>
                      <RParagraphs text={f.description} />
                    </>
                  }
                />
              ))}
            </SummaryList>
          </Item>
        ))}
      </Section>

      <Section title="Interaction observations" empty="No coded interactions.">
        {o.interactionObservations.map((i) => (
          <Item key={i.id} title={`Interaction coded ${formatDate(i.observedOn)}`} others={i.otherPeople}>
            <SummaryList>
              <Row k="Child" v={who(i.child)} />
              <Row k="Carer" v={who(i.carer)} />
              <Row k="Coded" v={i.source === 'live' ? 'Live' : 'From a recording'} />
              <Row k="Length" v={minutes(i.durationMs)} />
              <Row k="Events coded" v={String(i.events)} />
              <Row k="Baby's bids met in tune" v={formatRate(i.contingencyRate, 'No bids coded')} />
              <Row k="Mismatches repaired" v={formatRate(i.shareRepaired, 'No mismatches coded')} />
              <Row k="Median time to repair" v={i.medianRepairMs === null ? null : formatSeconds(i.medianRepairMs)} />
              <Row k="Context" v={i.context} />
              <Row k="Notes" v={i.notes ? <RParagraphs text={i.notes} /> : null} />
            </SummaryList>
          </Item>
        ))}
      </Section>
    </>
  );
}
