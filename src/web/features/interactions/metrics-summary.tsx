import { formatRate, formatSeconds, type InteractionSummary } from '../../../core/interaction';
import { plural } from '../../app/format';

/** A median repair time in words, or why there is none. */
export const formatRepair = (ms: number | null): string => (ms === null ? 'No repairs' : formatSeconds(ms));

/** The three metrics of one coding, with the counts behind each so the numbers can be checked. */
export function MetricsSummary({ metrics }: { metrics: InteractionSummary }) {
  return (
    <dl className="nhsuk-summary-list haven-interaction-metrics">
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Contingency rate</dt>
        <dd className="nhsuk-summary-list__value">
          <strong>{formatRate(metrics.contingencyRate, 'No bids coded')}</strong>
          {metrics.bids > 0 ? ` (${metrics.bidsMet} of ${plural(metrics.bids, 'bid')} met in tune)` : null}
        </dd>
      </div>
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Mismatches repaired</dt>
        <dd className="nhsuk-summary-list__value">
          <strong>{formatRate(metrics.shareRepaired, 'No mismatches')}</strong>
          {metrics.mismatches > 0
            ? ` (${metrics.repaired} of ${plural(metrics.mismatches, 'mismatch', 'mismatches')})`
            : null}
        </dd>
      </div>
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Median time to repair</dt>
        <dd className="nhsuk-summary-list__value">
          <strong>{formatRepair(metrics.medianRepairMs)}</strong>
        </dd>
      </div>
    </dl>
  );
}
