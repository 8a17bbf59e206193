import { TIMEPOINTS } from '../../../core/measures/catalogue';
import type { Series } from './api';

const points = (n: number) => `${String(n)} ${Math.abs(n) === 1 ? 'point' : 'points'}`;

/**
 * The change from first to latest in words and numbers, e.g. "PHQ-9 went from 18 at assessment to
 * 9 at review: a fall of 9 points (6 or more is a reliable change). Reliable recovery: reliable
 * improvement to below the clinical cut-off (10)."
 */
export function changeSentence(name: string, series: Series, cutOff: number | null): string | null {
  const { change } = series;
  const first = series.points[0];
  const latest = series.points.at(-1);
  if (!change || !first || !latest) return null;
  const from = `${String(change.first)} at ${TIMEPOINTS[first.timepoint].toLowerCase()}`;
  const to = `${String(change.latest)} at ${TIMEPOINTS[latest.timepoint].toLowerCase()}`;
  const moved =
    change.change === 0
      ? 'no change'
      : `a ${change.change < 0 ? 'fall' : 'rise'} of ${points(Math.abs(change.change))}`;
  const crossed = change.clinical === 'recovered' || change.clinical === 'entered';
  const cut = crossed && cutOff !== null ? ` (${String(cutOff)})` : '';
  return `${name} went from ${from} to ${to}: ${moved} (${String(change.threshold)} or more is a reliable change). ${change.description}${cut}.`;
}
