import { sourced } from "../rules/param";

/**
 * The limitation period (诉讼时效): three years from when the creditor knew it could claim; a claim, a written
 * promise to pay or a partial payment restarts it (民法典 第188、195条). Past it, agreeing to pay gives up the
 * defence (第192条). Shown as a figure in the words, never typed into them.
 */
export const LIMITATION_YEARS = sourced(3, ["civil-code-limitation"], "high", "民法典 第188条: three years; 第195条: interrupted by a claim, a promise or a part-payment; 第192条: agreeing to pay after it has run out gives up the defence.");

const DAYS_PER_YEAR = 365;

/** Overdue for longer than the limitation period: the answer adds what to check before signing or paying. */
export function isPastLimitation(daysOverdue: number): boolean {
  return daysOverdue > LIMITATION_YEARS.value * DAYS_PER_YEAR;
}
