import { MAX_RATING, SECURE_BASE_DIMENSIONS, type SecureBaseDimensionId } from '../../../core/assessments/secure-base';

/** How a review is drawn: the earlier one dashed with open circles, the latest solid with filled squares. */
export type SeriesStyle = 'earlier' | 'latest';
export type ChartSeries = { label: string; style: SeriesStyle; ratings: Record<SecureBaseDimensionId, number> };

const WIDTH = 440;
const HEIGHT = 324;
const CX = WIDTH / 2;
const CY = 168;
const R = 115;
const LABEL_GAP = 14;

/** Colours kept to the NHS palette; the dash and the marker tell the lines apart without colour. */
export const SERIES_LOOK: Record<SeriesStyle, { colour: string; dash: string | undefined; words: string }> = {
  earlier: { colour: '#425563', dash: '7 5', words: 'dashed line, open circles' },
  latest: { colour: '#005eb8', dash: undefined, words: 'solid line, filled squares' },
};

/** Each spoke's dimension and the child's benefit, broken into lines that stay inside the chart. */
const LABELS: Record<SecureBaseDimensionId, { name: string[]; benefit: string[] }> = {
  availability: { name: ['Availability'], benefit: ['Trust'] },
  sensitivity: { name: ['Sensitivity'], benefit: ['Managing', 'feelings'] },
  acceptance: { name: ['Acceptance'], benefit: ['Self-esteem'] },
  'co-operation': { name: ['Co-operation'], benefit: ['Feeling', 'effective'] },
  'family-membership': { name: ['Family', 'membership'], benefit: ['Belonging'] },
};

const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / SECURE_BASE_DIMENSIONS.length;
const at = (i: number, value: number): [number, number] => {
  const r = (R * value) / MAX_RATING;
  return [CX + r * Math.cos(angle(i)), CY + r * Math.sin(angle(i))];
};
const path = (values: number[]) =>
  values
    .map((v, i) =>
      at(i, v)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');

export function Marker({ style, x, y }: { style: SeriesStyle; x: number; y: number }) {
  const { colour } = SERIES_LOOK[style];
  return style === 'latest' ? (
    <rect x={x - 4.5} y={y - 4.5} width={9} height={9} fill={colour} />
  ) : (
    <circle cx={x} cy={y} r={4.5} fill="#ffffff" stroke={colour} strokeWidth={2} />
  );
}

type Props = {
  /** What the chart shows, for its accessible name: "The carer's approach". */
  title: string;
  series: ChartSeries[];
};

/**
 * A five-spoke (radar) profile of Secure Base ratings, 1 at the centre to 5 at the edge, one closed
 * line per review. The numbers are in the table beside it; the accessible name says them too.
 */
export function ProfileChart({ title, series }: Props) {
  const label = `${title}, rated 1 to 5 on each dimension. ${series
    .map((s) => `${s.label}: ${SECURE_BASE_DIMENSIONS.map((d) => `${d.name} ${String(s.ratings[d.id])}`).join(', ')}`)
    .join('. ')}.`;
  return (
    <svg
      className="haven-profile-chart"
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      {[1, 2, 3, 4, 5].map((ring) => (
        <polygon
          key={ring}
          points={path(SECURE_BASE_DIMENSIONS.map(() => ring))}
          fill="none"
          stroke="#d8dde0"
          strokeWidth={ring === MAX_RATING ? 1.5 : 1}
        />
      ))}
      {SECURE_BASE_DIMENSIONS.map((d, i) => {
        const [x, y] = at(i, MAX_RATING);
        return <line key={d.id} x1={CX} y1={CY} x2={x} y2={y} stroke="#aeb7bd" strokeWidth={1} />;
      })}
      {[1, 2, 3, 4, 5].map((ring) => {
        const [x, y] = at(0, ring);
        return (
          <text key={ring} x={x + 4} y={y + 4} className="haven-profile-chart__scale">
            {ring}
          </text>
        );
      })}
      {SECURE_BASE_DIMENSIONS.map((d, i) => {
        const [x, y] = at(i, MAX_RATING);
        const cos = Math.cos(angle(i));
        const sin = Math.sin(angle(i));
        const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
        const { name, benefit } = LABELS[d.id];
        const lines = [...name, ...benefit];
        const lx = x + cos * LABEL_GAP;
        // Above the top spoke the label rises; below, it hangs.
        const top = y + sin * LABEL_GAP + (sin < -0.5 ? -(lines.length - 1) * 15 - 4 : sin > 0.5 ? 10 : -4);
        return (
          <text key={d.id} x={lx} y={top} textAnchor={anchor} className="haven-profile-chart__label">
            {lines.map((line, n) => (
              <tspan
                key={`${String(n)}-${line}`}
                x={lx}
                dy={n === 0 ? 0 : 15}
                className={n >= name.length ? 'haven-profile-chart__benefit' : undefined}
              >
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
      {series.map((s) => {
        const values = SECURE_BASE_DIMENSIONS.map((d) => s.ratings[d.id]);
        const look = SERIES_LOOK[s.style];
        return (
          <g key={s.label}>
            <polygon
              points={path(values)}
              fill={s.style === 'latest' ? 'rgba(0, 94, 184, 0.12)' : 'none'}
              stroke={look.colour}
              strokeWidth={2.5}
              strokeDasharray={look.dash}
              strokeLinejoin="round"
            />
            {values.map((v, i) => {
              const [x, y] = at(i, v);
              return <Marker key={SECURE_BASE_DIMENSIONS[i]?.id} style={s.style} x={x} y={y} />;
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The key to the lines: a drawn sample of each, and its review in words (the line style said too). */
export function ChartLegend({ series }: { series: { label: string; style: SeriesStyle }[] }) {
  return (
    <ul className="nhsuk-list haven-profile-legend">
      {series.map((s) => {
        const look = SERIES_LOOK[s.style];
        return (
          <li key={s.label}>
            <svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true" focusable="false">
              <line x1="2" y1="7" x2="42" y2="7" stroke={look.colour} strokeWidth={2.5} strokeDasharray={look.dash} />
              <Marker style={s.style} x={22} y={7} />
            </svg>{' '}
            {s.label} <span className="nhsuk-u-secondary-text-colour">({look.words})</span>
          </li>
        );
      })}
    </ul>
  );
}
