import { PRIORITIES, type Priority } from '../../../core/referral-options';
import { formatDateTime } from '../../app/format';
import { Paragraphs } from '../../components/paragraphs';
import type { HistoryEvent, TriageOptions } from './api';

const KIND_LABELS: Record<string, string> = {
  received: 'Referral received',
  accepted: 'Accepted onto the waiting list',
  declined: 'Declined',
  signposted: 'Signposted',
  'info-requested': 'More information requested',
  merged: 'Merged into another record',
  'merged-in': 'Another referral merged into this one',
};

function detailOf(event: HistoryEvent, options: TriageOptions | undefined): string | null {
  const d = event.details;
  if (event.reasonCode)
    return `Reason: ${options?.declineReasons.find((r) => r.code === event.reasonCode)?.label ?? event.reasonCode}`;
  if (typeof d.signpostTo === 'string') return `Signposted to: ${d.signpostTo}`;
  if (typeof d.priority === 'string' && d.priority in PRIORITIES)
    return `Priority: ${PRIORITIES[d.priority as Priority]}`;
  if (typeof d.reference === 'string') return `Referral ${d.reference}`;
  return null;
}

/** What has happened to the referral, oldest first. */
export function ReferralHistory({ events, options }: { events: HistoryEvent[]; options: TriageOptions | undefined }) {
  return (
    <ol className="nhsuk-list haven-timeline">
      {events.map((event, i) => {
        const detail = detailOf(event, options);
        return (
          <li key={`${event.at}-${i}`}>
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{KIND_LABELS[event.kind] ?? event.kind}</h3>
            <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-2">
              {formatDateTime(event.at)} by {event.by}
            </p>
            {detail ? <p className="nhsuk-body">{detail}</p> : null}
            {event.note ? <Paragraphs text={event.note} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
