import { DISCHARGE_REASONS } from '../../../core/family-options';

/** The label of a code, the code itself when it is not known here, or null when there is none. */
export const labelOf = (labels: Record<string, string>, code: string | null): string | null =>
  code ? (labels[code] ?? code) : null;

export const dischargeReason = (code: string): string => labelOf(DISCHARGE_REASONS, code) ?? code;
