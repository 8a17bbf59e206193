import { formatDate } from '../../app/format';

export type ChartPoint = { date: string; value: number; label: string };

type Props = {
  /** What the chart shows, for its accessible name, e.g. "PHQ-9 totals for Jane Example". */
  title: string;
  points: ChartPoint[];
  /** The scale's full range, so a small change is not drawn as a big one. */
  min: number;
  max: number;
  cutOff?: number | null;
};

// Drawn in a fixed coordinate space and scaled to the column: narrow enough that its text stays
// readable when a phone shrinks it to about 330 px.
const W = 420;
const H = 250;
const PAD = { left: 36, right: 16, top: 36, bottom: 46 };

const niceStep = (range: number) => (range <= 10 ? 2 : range <= 30 ? 5 : 10);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The words a screen reader hears for the chart: every point, and the cut-off. */
export function chartSummary({ title, points, cutOff }: Pick<Props, 'title' | 'points' | 'cutOff'>): string {
  const said = points.map((p) => `${String(p.value)} at ${p.label.toLowerCase()} on ${formatDate(p.date)}`).join(', ');
  const cut = cutOff === null || cutOff === undefined ? '' : ` The clinical cut-off is ${String(cutOff)}.`;
  return `${title}: ${said || 'no results yet'}.${cut} The same numbers are in the table.`;
}

/**
 * A hand-drawn line chart of scores over time: dates across, the scale's full range up, a dashed
 * cut-off line, each point marked and labelled with its value and time point. It is an image with
 * a summary for screen readers; the table beside it carries the same numbers.
 */
export function LineChart({ title, points, min, max, cutOff }: Props) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const first = points[0] ? day(points[0].date) : 0;
  const last = points.at(-1) ? day(points.at(-1)?.date ?? '') : 0;
  const x = (iso: string) =>
    last === first ? PAD.left + innerW / 2 : PAD.left + ((day(iso) - first) / (last - first)) * innerW;
  const y = (v: number) => PAD.top + innerH - ((v - min) / (max - min || 1)) * innerH;
  const step = niceStep(max - min);
  const ticks: number[] = [];
  for (let v = min; v <= max; v += step) ticks.push(v);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');

  return (
    <svg
      className="haven-chart"
      viewBox={`0 0 ${String(W)} ${String(H)}`}
      role="img"
      aria-label={chartSummary({ title, points, cutOff })}
      focusable="false"
    >
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="haven-chart__grid" />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="haven-chart__tick">
            {v}
          </text>
        </g>
      ))}
      {cutOff !== null && cutOff !== undefined ? (
        <g>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(cutOff)} y2={y(cutOff)} className="haven-chart__cutoff" />
          {/* Labelled in a key above the plot, where no point's label can cover it. */}
          <line x1={W - PAD.right - 150} x2={W - PAD.right - 124} y1={10} y2={10} className="haven-chart__cutoff" />
          <text x={W - PAD.right} y={14} textAnchor="end" className="haven-chart__cutoff-label">
            Clinical cut-off: {cutOff}
          </text>
        </g>
      ) : null}
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + innerH} className="haven-chart__axis" />
      <line
        x1={PAD.left}
        x2={W - PAD.right}
        y1={PAD.top + innerH}
        y2={PAD.top + innerH}
        className="haven-chart__axis"
      />
      {points.length > 1 ? <path d={path} className="haven-chart__line" /> : null}
      {points.map((p, i) => {
        const px = x(p.date);
        const anchor = points.length === 1 ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle';
        return (
          <g key={`${p.date}-${String(i)}`}>
            <circle cx={px} cy={y(p.value)} r={5} className="haven-chart__point" />
            <text x={px} y={y(p.value) - 10} textAnchor={anchor} className="haven-chart__value">
              {p.value}
            </text>
            <text x={px} y={PAD.top + innerH + 16} textAnchor={anchor} className="haven-chart__tick">
              {formatDate(p.date, 'short')}
            </text>
            <text x={px} y={PAD.top + innerH + 32} textAnchor={anchor} className="haven-chart__label">
              {p.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
