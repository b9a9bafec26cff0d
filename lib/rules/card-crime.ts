/**
 * The credit-card criminal line (恶意透支), as data: when the result must tell a card borrower about it,
 * calmly. Never for other loans. The figures are the judicial interpretation's; the trigger is ours.
 */
import type { Answers } from "../answers/schema";
import type { LenderKind } from "./ids";
import { judged, sourced } from "./param";

export const CARD_CRIME = {
  /** 数额较大: the lowest amount that can be prosecuted. */
  amountYuan: sourced(50_000, ["card-crime-interpretation-2018", "criminal-law-196"], "high", "法释〔2018〕19号 第8条: 恶意透支 of ¥50,000 or more is 数额较大."),
  /** Still unpaid this many months after the bank's notices. */
  unpaidMonths: sourced(3, ["card-crime-interpretation-2018", "criminal-law-196"], "high", "第6条: unpaid more than 3 months after two effective collection notices."),
  /** The two notices must be at least this many days apart. */
  noticeGapDays: sourced(30, ["card-crime-interpretation-2018"], "high", "第6条: two effective collection notices at least 30 days apart."),
  /** Days overdue from which a large card debt gets the note: the 3 months, as days. */
  fromDays: judged(90, "Three months as days; before that, the 'unpaid more than 3 months after notices' condition cannot be met.", ["card-crime-interpretation-2018"]),
} as const;

/**
 * True for a credit-card debt whose holder is unreachable (absconding or changing contact details to evade
 * collection is what intent is presumed from), or who owes the prosecutable amount past three months.
 */
export function cardCrimeNoteApplies(answers: Pick<Answers, "days" | "amount" | "contact">, kind: LenderKind): boolean {
  if (kind !== "credit_card" || answers.days === 0) return false;
  if (answers.contact === "unreachable") return true;
  return answers.amount >= CARD_CRIME.amountYuan.value && answers.days > CARD_CRIME.fromDays.value;
}
