/**
 * The codes of a serve-and-return observation (domain.md §3.4, §3.5): the baby's bids, the carer's
 * responses to them, and repairs after a mismatch. Each has one key so a practitioner can code an
 * interaction as it unfolds without looking away from it.
 */

export const INTERACTION_CODES = ['bid', 'contingent', 'missed', 'intrusive', 'repair'] as const;
export type InteractionCode = (typeof INTERACTION_CODES)[number];

/** One coded moment: what happened, at what coding-clock time (pauses excluded). */
export type InteractionEvent = { atMs: number; code: InteractionCode };

/** Who the code is about, for the timeline's rows. */
export type CodeRole = 'baby' | 'carer' | 'repair';

export type CodeInfo = {
  code: InteractionCode;
  /** The key that codes it (shown upper case; matched in either case). */
  key: string;
  label: string;
  /** Plain words for the page and the key guide. */
  meaning: string;
  role: CodeRole;
};

export const CODE_INFO: Record<InteractionCode, CodeInfo> = {
  bid: {
    code: 'bid',
    key: 'B',
    label: 'Bid',
    meaning: 'The baby reaches out: a look, a sound, a smile, a reach, a cry.',
    role: 'baby',
  },
  contingent: {
    code: 'contingent',
    key: 'C',
    label: 'Contingent response',
    meaning: 'The carer notices the bid and answers it, in tune with the baby.',
    role: 'carer',
  },
  missed: {
    code: 'missed',
    key: 'M',
    label: 'Missed cue',
    meaning: 'The carer does not notice or does not answer the baby’s cue.',
    role: 'carer',
  },
  intrusive: {
    code: 'intrusive',
    key: 'I',
    label: 'Intrusive response',
    meaning: 'The carer answers out of tune: overriding the baby, too much, too fast.',
    role: 'carer',
  },
  repair: {
    code: 'repair',
    key: 'R',
    label: 'Repair',
    meaning: 'The carer, or the two together, get back in tune after a mismatch.',
    role: 'repair',
  },
};

/** A mismatch is a missed cue or an intrusive response: the moments a repair can mend. */
export const isMismatch = (code: InteractionCode): boolean => code === 'missed' || code === 'intrusive';

/** A carer's response to a bid; a repair is not one (it answers a mismatch, not a bid). */
export const isCarerResponse = (code: InteractionCode): boolean =>
  code === 'contingent' || code === 'missed' || code === 'intrusive';

/** What a key press asks the coder to do. */
export type KeyCommand = { type: 'code'; code: InteractionCode } | { type: 'toggle-pause' } | { type: 'undo' };

const BY_KEY = new Map<string, InteractionCode>(INTERACTION_CODES.map((c) => [CODE_INFO[c].key.toLowerCase(), c]));

/**
 * The coder's command for a `KeyboardEvent.key` value, or null for a key the coder does not use.
 * Space pauses or resumes; Backspace or U undoes the last event.
 */
export function commandForKey(key: string): KeyCommand | null {
  if (key === ' ' || key === 'Spacebar') return { type: 'toggle-pause' };
  if (key === 'Backspace') return { type: 'undo' };
  const lower = key.toLowerCase();
  if (lower === 'u') return { type: 'undo' };
  const code = BY_KEY.get(lower);
  return code ? { type: 'code', code } : null;
}

/**
 * A coding-clock time as m:ss (or h:mm:ss past an hour), the way a recording's player shows it;
 * with `tenths`, m:ss.t, for a table of events a second or two apart.
 */
export function formatClock(ms: number, { tenths = false }: { tenths?: boolean } = {}): string {
  const whole = Math.max(0, Math.floor(tenths ? ms / 100 : ms / 1000));
  const total = tenths ? Math.floor(whole / 10) : whole;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = `${String(total % 60).padStart(2, '0')}${tenths ? `.${whole % 10}` : ''}`;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A duration in words for screen readers and tables: "4.5 seconds", "1 minute 5 seconds". */
export function formatSeconds(ms: number): string {
  const tenths = Math.round(ms / 100) / 10;
  if (tenths < 60) return `${tenths} ${tenths === 1 ? 'second' : 'seconds'}`;
  const whole = Math.round(ms / 1000);
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  const mins = `${m} ${m === 1 ? 'minute' : 'minutes'}`;
  return s === 0 ? mins : `${mins} ${s} ${s === 1 ? 'second' : 'seconds'}`;
}
