import { isCarerResponse, isMismatch, type InteractionEvent } from './codes';

/** How one bid was answered: the index of the carer's first response, and whether it was in tune. */
export type BidOutcome = { bid: number; response: number | null; met: boolean };

/** A mismatch mended by a repair: indexes into the events, and the time it took. */
export type RepairLink = { mismatch: number; repair: number; ms: number };

export type InteractionMetrics = {
  bids: number;
  /** Bids whose first carer response was contingent. */
  bidsMet: number;
  /** bidsMet ÷ bids; null when no bids were coded. */
  contingencyRate: number | null;
  mismatches: number;
  repaired: number;
  /** repaired ÷ mismatches; null when there were no mismatches. */
  shareRepaired: number | null;
  /** The median time from a mismatch to its repair, in ms; null when none was repaired. */
  medianRepairMs: number | null;
  bidOutcomes: BidOutcome[];
  repairs: RepairLink[];
  /** Repairs that had no unrepaired mismatch before them: kept in the timeline, mending nothing. */
  idleRepairs: number[];
};

/** The middle value (the mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/**
 * The serve-and-return metrics of one coded interaction, with events in coding order (sorted by
 * time; equal times keep their order).
 *
 * - Contingency rate: a bid is met when the first carer response (contingent, missed or intrusive)
 *   after it and before the next bid is contingent. An unanswered bid is not met.
 * - Share repaired: a repair mends every earlier mismatch (missed or intrusive) not yet mended.
 * - Median time to repair: over the mended mismatches, repair time minus mismatch time.
 */
export function interactionMetrics(events: readonly InteractionEvent[]): InteractionMetrics {
  const bidOutcomes: BidOutcome[] = [];
  const repairs: RepairLink[] = [];
  const idleRepairs: number[] = [];
  let open: BidOutcome | null = null;
  let unrepaired: { index: number; atMs: number }[] = [];
  let mismatches = 0;

  for (const [i, event] of events.entries()) {
    if (event.code === 'bid') {
      open = { bid: i, response: null, met: false };
      bidOutcomes.push(open);
    } else if (isCarerResponse(event.code) && open && open.response === null) {
      open.response = i;
      open.met = event.code === 'contingent';
    }
    if (isMismatch(event.code)) {
      mismatches += 1;
      unrepaired.push({ index: i, atMs: event.atMs });
    } else if (event.code === 'repair') {
      if (unrepaired.length === 0) idleRepairs.push(i);
      for (const m of unrepaired) repairs.push({ mismatch: m.index, repair: i, ms: event.atMs - m.atMs });
      unrepaired = [];
    }
  }

  const bidsMet = bidOutcomes.filter((b) => b.met).length;
  return {
    bids: bidOutcomes.length,
    bidsMet,
    contingencyRate: bidOutcomes.length === 0 ? null : bidsMet / bidOutcomes.length,
    mismatches,
    repaired: repairs.length,
    shareRepaired: mismatches === 0 ? null : repairs.length / mismatches,
    medianRepairMs: median(repairs.map((r) => r.ms)),
    bidOutcomes,
    repairs,
    idleRepairs,
  };
}

/** The three headline numbers only: what a list of observations over time compares. */
export type InteractionSummary = Pick<
  InteractionMetrics,
  'bids' | 'bidsMet' | 'contingencyRate' | 'mismatches' | 'repaired' | 'shareRepaired' | 'medianRepairMs'
>;

export function summariseInteraction(events: readonly InteractionEvent[]): InteractionSummary {
  const { bids, bidsMet, contingencyRate, mismatches, repaired, shareRepaired, medianRepairMs } =
    interactionMetrics(events);
  return { bids, bidsMet, contingencyRate, mismatches, repaired, shareRepaired, medianRepairMs };
}

/** A rate as a whole percentage for display ("67%"), or the words for no value. */
export const formatRate = (rate: number | null, none: string): string =>
  rate === null ? none : `${Math.round(rate * 100)}%`;
