import { Details } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { formatClock, formatRate } from '../../../core/interaction';
import { formatDate } from '../../app/format';
import type { InteractionObservation } from './api';
import { formatRepair, MetricsSummary } from './metrics-summary';
import { EventsTable, Timeline } from './timeline';

const W = 480;
const H = 190;
const LEFT = 48;
const RIGHT = 24;
const TOP = 12;
const BOTTOM = 36;

type Series = { key: string; label: string; value: (o: InteractionObservation) => number | null; className: string };

const RATES: Series[] = [
  { key: 'contingency', label: 'Contingency rate', value: (o) => o.metrics.contingencyRate, className: 'contingency' },
  { key: 'repaired', label: 'Mismatches repaired', value: (o) => o.metrics.shareRepaired, className: 'repaired' },
];

/** Nice upper bounds for the repair-time chart, in seconds. */
const niceMax = (seconds: number) =>
  [5, 10, 15, 20, 30, 60, 120, 300, 600].find((s) => seconds <= s) ?? Math.ceil(seconds / 600) * 600;

type ChartProps = {
  observations: InteractionObservation[];
  series: Series[];
  max: number;
  format: (v: number) => string;
  label: string;
};

/**
 * A small line chart of observations oldest to newest, evenly spaced (dates label the points); a gap
 * where an observation has no value. The table of observations below holds the same numbers.
 */
function TrendChart({ observations, series, max, format, label }: ChartProps) {
  const n = observations.length;
  const x = (i: number) => (n === 1 ? (LEFT + W - RIGHT) / 2 : LEFT + ((W - LEFT - RIGHT) * i) / (n - 1));
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / max);
  const gridlines = [0, 0.5, 1].map((f) => f * max);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="haven-trend">
      {gridlines.map((g) => (
        <g key={g}>
          <line x1={LEFT} x2={W - RIGHT} y1={y(g)} y2={y(g)} className="haven-chart-grid" />
          <text x={LEFT - 6} y={y(g) + 4} textAnchor="end" className="haven-chart-tick">
            {format(g)}
          </text>
        </g>
      ))}
      {observations.map((o, i) => (
        <text
          key={o.id}
          x={x(i)}
          y={H - 12}
          // The first and last dates hang inwards so they are never cut off at the edges.
          textAnchor={n === 1 ? 'middle' : i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'}
          className="haven-chart-tick"
        >
          {formatDate(o.observedOn, 'short')}
        </text>
      ))}
      {series.map((s) => {
        const points = observations.flatMap((o, i) => {
          const v = s.value(o);
          return v === null ? [] : [{ i, v }];
        });
        return (
          <g key={s.key} className={`haven-series haven-series--${s.className}`}>
            <polyline points={points.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')} fill="none" />
            {points.map((p) => (
              <circle key={p.i} cx={x(p.i)} cy={y(p.v)} r={5} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

function describeTrend(observations: InteractionObservation[]): string {
  const first = observations[0];
  const last = observations.at(-1);
  if (!first || !last || first === last)
    return 'Contingency rate and share of mismatches repaired for one observation.';
  return (
    `Contingency rate and share of mismatches repaired over ${observations.length} observations, ` +
    `${formatDate(first.observedOn)} to ${formatDate(last.observedOn)}: contingency from ` +
    `${formatRate(first.metrics.contingencyRate, 'none')} to ${formatRate(last.metrics.contingencyRate, 'none')}, ` +
    `repaired from ${formatRate(first.metrics.shareRepaired, 'none')} to ${formatRate(last.metrics.shareRepaired, 'none')}. ` +
    'The same numbers are in the table below.'
  );
}

/** The family's observations over time: two small charts, the table of their numbers, and each one in full. */
export function InteractionHistory({
  observations,
  actions,
}: {
  observations: InteractionObservation[];
  /** What can be done with one observation (change its context or notes), shown when it is open. */
  actions?: (observation: InteractionObservation) => ReactNode;
}) {
  const oldestFirst = [...observations].reverse();
  const repairSeconds = oldestFirst.flatMap((o) =>
    o.metrics.medianRepairMs === null ? [] : [o.metrics.medianRepairMs / 1000],
  );
  const repairMax = niceMax(Math.max(1, ...repairSeconds));
  return (
    <>
      <div className="haven-trend-charts">
        <figure className="haven-figure">
          <figcaption className="nhsuk-body-s">
            <strong>Contingency and repair</strong>
            <span className="haven-legend-inline">
              <span className="haven-swatch haven-swatch--contingency" aria-hidden="true" /> Contingency rate{' '}
              <span className="haven-swatch haven-swatch--repaired" aria-hidden="true" /> Mismatches repaired
            </span>
          </figcaption>
          <TrendChart
            observations={oldestFirst}
            series={RATES}
            max={1}
            format={pct}
            label={describeTrend(oldestFirst)}
          />
        </figure>
        <figure className="haven-figure">
          <figcaption className="nhsuk-body-s">
            <strong>Median time to repair (seconds)</strong>
          </figcaption>
          <TrendChart
            observations={oldestFirst}
            series={[
              {
                key: 'repair-time',
                label: 'Median time to repair',
                value: (o) => (o.metrics.medianRepairMs === null ? null : o.metrics.medianRepairMs / 1000),
                className: 'repair-time',
              },
            ]}
            max={repairMax}
            format={(v) => `${Math.round(v)} s`}
            label={`Median time to repair, in seconds, for each observation oldest to newest: ${oldestFirst
              .map((o) => `${formatDate(o.observedOn)}, ${formatRepair(o.metrics.medianRepairMs)}`)
              .join('; ')}. The same numbers are in the table below.`}
          />
        </figure>
      </div>
      <ObservationsTable observations={observations} />
      <h3 className="nhsuk-heading-s">Each observation</h3>
      {observations.map((o) => (
        <Details key={o.id}>
          <Details.Summary>
            {formatDate(o.observedOn)}: {o.carer.name} with {o.child.name}
          </Details.Summary>
          <Details.Text>
            <p className="nhsuk-body">
              {o.source === 'live' ? 'Coded live' : 'Coded from a recording'}
              {o.context ? `, ${o.context}` : ''}. {formatClock(o.durationMs)} of coding time
              {o.codedBy ? `, coded by ${o.codedBy.name}` : ''}.
            </p>
            <Timeline events={o.events} durationMs={o.durationMs} />
            <MetricsSummary metrics={o.metrics} />
            <EventsTable events={o.events} caption={`Events coded on ${formatDate(o.observedOn)}`} />
            {o.notes ? (
              <>
                <h4 className="nhsuk-heading-xs">Notes</h4>
                <p className="nhsuk-body haven-pre-line">{o.notes}</p>
              </>
            ) : null}
            {actions?.(o)}
          </Details.Text>
        </Details>
      ))}
    </>
  );
}

const COLUMNS = ['Date', 'Carer and baby', 'Contingency rate', 'Mismatches repaired', 'Median time to repair'] as const;

/**
 * The numbers behind the charts, newest first. On a narrow screen each row becomes a block with
 * its headings beside the values (the NHS.UK responsive table), so nothing scrolls sideways.
 */
function ObservationsTable({ observations }: { observations: InteractionObservation[] }) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">Observations, newest first</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="nhsuk-table__header" role="columnheader">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body" role="rowgroup">
        {observations.map((o) => {
          const values = [
            formatDate(o.observedOn, 'short'),
            `${o.carer.name} with ${o.child.name}`,
            formatRate(o.metrics.contingencyRate, 'No bids'),
            formatRate(o.metrics.shareRepaired, 'No mismatches'),
            formatRepair(o.metrics.medianRepairMs),
          ];
          return (
            <tr key={o.id} className="nhsuk-table__row" role="row">
              {values.map((v, i) => (
                <td key={COLUMNS[i]} className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    {COLUMNS[i]}{' '}
                  </span>
                  {v}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
