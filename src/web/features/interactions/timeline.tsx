import {
  CODE_INFO,
  formatClock,
  interactionMetrics,
  type InteractionCode,
  type InteractionEvent,
} from '../../../core/interaction';
import { plural } from '../../app/format';

const W = 600;
const H = 170;
const LEFT = 60;
const RIGHT = 16;
const BABY_Y = 40;
const CARER_Y = 100;
const AXIS_Y = 140;

/** A tick step that gives at most about eight ticks: 1 s, 2 s, 5 s, 10 s, 15 s, 30 s, 1 min, … */
function tickStep(durationMs: number): number {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800].map((s) => s * 1000);
  return steps.find((s) => durationMs / s <= 8) ?? 3_600_000;
}

function Mark({ code, x, y }: { code: InteractionCode; x: number; y: number }) {
  switch (code) {
    case 'bid':
      return <circle cx={x} cy={y} r={6} className="haven-mark haven-mark--bid" />;
    case 'contingent':
      return <circle cx={x} cy={y} r={6} className="haven-mark haven-mark--contingent" />;
    case 'missed':
      return <circle cx={x} cy={y} r={5} className="haven-mark haven-mark--missed" />;
    case 'intrusive':
      return <rect x={x - 5} y={y - 5} width={10} height={10} className="haven-mark haven-mark--intrusive" />;
    case 'repair':
      return (
        <polygon
          points={`${x},${y - 7} ${x + 7},${y} ${x},${y + 7} ${x - 7},${y}`}
          className="haven-mark haven-mark--repair"
        />
      );
  }
}

/** The words the picture stands for, for screen readers: what is on it and what it shows. */
export function describeTimeline(events: readonly InteractionEvent[], durationMs: number): string {
  const m = interactionMetrics(events);
  return (
    `Timeline of ${plural(events.length, 'coded event')} over ${formatClock(durationMs)}: ` +
    `${plural(m.bids, 'bid')}, ${m.bidsMet} met in tune; ${plural(m.mismatches, 'mismatch', 'mismatches')}, ` +
    `${m.repaired} repaired. Every event is listed in the table of events.`
  );
}

/**
 * The interaction as a picture: bids on the baby's row, the carer's responses and repairs on the
 * carer's row, a thin line from each bid to its first response, and an arc from each mismatch to the
 * repair that mended it. The table of events beside it holds the same facts.
 */
export function Timeline({ events, durationMs }: { events: readonly InteractionEvent[]; durationMs: number }) {
  const span = Math.max(durationMs, 1);
  const x = (ms: number) => LEFT + ((W - LEFT - RIGHT) * Math.min(ms, span)) / span;
  const m = interactionMetrics(events);
  const step = tickStep(span);
  const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => i * step);
  const at = (i: number) => events[i]?.atMs ?? 0;

  return (
    <figure className="haven-figure">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={describeTimeline(events, durationMs)}
        className="haven-timeline"
      >
        <text x={4} y={BABY_Y + 4} className="haven-chart-label">
          Baby
        </text>
        <text x={4} y={CARER_Y + 4} className="haven-chart-label">
          Carer
        </text>
        <line x1={LEFT} x2={W - RIGHT} y1={BABY_Y} y2={BABY_Y} className="haven-chart-row" />
        <line x1={LEFT} x2={W - RIGHT} y1={CARER_Y} y2={CARER_Y} className="haven-chart-row" />
        <line x1={LEFT} x2={W - RIGHT} y1={AXIS_Y} y2={AXIS_Y} className="haven-chart-axis" />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={AXIS_Y} y2={AXIS_Y + 5} className="haven-chart-axis" />
            <text x={x(t)} y={AXIS_Y + 18} textAnchor="middle" className="haven-chart-tick">
              {formatClock(t)}
            </text>
          </g>
        ))}
        {m.bidOutcomes.map((b) =>
          b.response === null ? null : (
            <line
              key={`bid-${b.bid}`}
              x1={x(at(b.bid))}
              y1={BABY_Y}
              x2={x(at(b.response))}
              y2={CARER_Y}
              className={`haven-chart-link ${b.met ? 'haven-chart-link--met' : ''}`}
            />
          ),
        )}
        {m.repairs.map((r) => {
          const x1 = x(at(r.mismatch));
          const x2 = x(at(r.repair));
          const lift = Math.min(30, 8 + (x2 - x1) / 4);
          return (
            <path
              key={`repair-${r.mismatch}`}
              d={`M ${x1} ${CARER_Y} Q ${(x1 + x2) / 2} ${CARER_Y + lift} ${x2} ${CARER_Y}`}
              className="haven-chart-repair"
            />
          );
        })}
        {events.map((e, i) => (
          <Mark key={i} code={e.code} x={x(e.atMs)} y={CODE_INFO[e.code].role === 'baby' ? BABY_Y : CARER_Y} />
        ))}
      </svg>
      <figcaption>
        <ul className="haven-legend" aria-label="Key to the timeline">
          {(['bid', 'contingent', 'missed', 'intrusive', 'repair'] as const).map((code) => (
            <li key={code}>
              <svg viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <Mark code={code} x={0} y={0} />
              </svg>{' '}
              {CODE_INFO[code].label}
            </li>
          ))}
          <li>
            <svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">
              <path d="M 1 2 Q 12 14 23 2" className="haven-chart-repair" />
            </svg>{' '}
            Mismatch to its repair
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** Every event in order: the timeline's numbers as a table. */
export function EventsTable({ events, caption }: { events: readonly InteractionEvent[]; caption: string }) {
  const m = interactionMetrics(events);
  const note = new Map<number, string>();
  for (const b of m.bidOutcomes) {
    note.set(b.bid, b.response === null ? 'Not answered' : b.met ? 'Met in tune' : 'Not met in tune');
  }
  for (const r of m.repairs) note.set(r.mismatch, `Repaired after ${(r.ms / 1000).toFixed(1)}\u00a0s`);
  for (const i of m.idleRepairs) note.set(i, 'Nothing to repair');
  for (const [i, e] of events.entries()) {
    if ((e.code === 'missed' || e.code === 'intrusive') && !note.has(i)) note.set(i, 'Not repaired');
  }
  return (
    <div className="haven-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Time
            </th>
            <th scope="col" className="nhsuk-table__header">
              Event
            </th>
            <th scope="col" className="nhsuk-table__header">
              Outcome
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {events.map((e, i) => (
            <tr key={i} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">{formatClock(e.atMs, { tenths: true })}</td>
              <td className="nhsuk-table__cell">{CODE_INFO[e.code].label}</td>
              <td className="nhsuk-table__cell">{note.get(i) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
