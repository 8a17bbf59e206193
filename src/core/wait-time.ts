import { daysBetween, type IsoDate } from './dates';

export type WaitBand = 'within' | 'near' | 'over';

/** Days waiting against the target: "near" in the last fifth of the target (at least two weeks). */
export function waitBand(referralDate: IsoDate, today: IsoDate, targetWeeks: number): { days: number; band: WaitBand } {
  const days = daysBetween(referralDate, today);
  const target = targetWeeks * 7;
  const margin = Math.max(14, Math.round(target / 5));
  return { days, band: days > target ? 'over' : days >= target - margin ? 'near' : 'within' };
}
