import { CODE_INFO, formatClock, type CodingNotice } from '../../../core/interaction';

/** What the live region says after a change, in words a screen reader speaks well. */
export function announce(notice: CodingNotice | null): string {
  if (!notice) return '';
  switch (notice.type) {
    case 'started':
      return 'Coding started. The clock is running.';
    case 'coded':
      return `${CODE_INFO[notice.event.code].label} at ${formatClock(notice.event.atMs)}`;
    case 'undone':
      return `Undone: ${CODE_INFO[notice.event.code].label.toLowerCase()} at ${formatClock(notice.event.atMs)}`;
    case 'nothing-to-undo':
      return 'Nothing to undo';
    case 'paused':
      return `Paused at ${formatClock(notice.atMs)}. Press Space to resume.`;
    case 'resumed':
      return `Resumed at ${formatClock(notice.atMs)}`;
    case 'full':
      return 'This observation holds the most events it can. Finish it and code the rest as another.';
    case 'finished':
      return `Finished after ${formatClock(notice.durationMs)}. Review the coding below.`;
  }
}
