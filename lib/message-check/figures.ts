import { LIMITATION_YEARS } from "@/lib/advice/old-debt";
import { CARD_CRIME } from "@/lib/rules/card-crime";
import { sourced } from "@/lib/rules/param";
import { NIGHT } from "./night";

/** How long a negative credit record stays after the debt is repaid (征信业管理条例 第16条). */
export const CREDIT_RECORD_YEARS = sourced(5, ["credit-reporting-reg-16"], "high", "第16条: negative records are kept 5 years from when the negative conduct ends, then deleted.");

/**
 * The figures the message check's words state, as ICU arguments: copy never types them. Card figures and
 * the limitation period come from the rules data; the night hours from night.ts.
 */
export function messageCheckFigures(): Record<string, number> {
  return {
    amount: CARD_CRIME.amountYuan.value,
    months: CARD_CRIME.unpaidMonths.value,
    gap: CARD_CRIME.noticeGapDays.value,
    years: CREDIT_RECORD_YEARS.value,
    limitation: LIMITATION_YEARS.value,
    from: NIGHT.fromHour,
    to: NIGHT.toHour,
  };
}
