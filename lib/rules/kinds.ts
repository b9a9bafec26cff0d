/**
 * Timing and visit propensity by kind of lender, as data. No lender publishes when it hands debts to
 * outside agencies or how often they visit; the windows below come from our dated summary of reported
 * industry practice (collection-stages-practice) where it distinguishes kinds, and are judgement where
 * it does not. See README.md for what was searched and not found.
 */
import type { LenderKind } from "./ids";
import { judged, sourced } from "./param";
import type { Param } from "./types";

export interface KindRules {
  /** First day a visit is plausible for this kind (before it, visits are not part of reported practice). */
  readonly earliestDay: Param;
  /** Usual start of outside-agency collection, when field visits become common. */
  readonly typicalFromDay: Param;
  /** End of the usual visit window; past it the chance declines slowly (lawsuit, sale, old-debt collection). */
  readonly typicalToDay: Param;
  /** Multiplier on the score: 1 = no evidence that this kind visits more or less than others. */
  readonly visitPropensity: Param;
}

const WINDOW_END_NOTE =
  "Around half a year overdue, lenders write the debt off internally, sue or sell it (reported practice); agencies may still visit after that, so the chance declines slowly instead of stopping. Kept at 180 or later so that more days never lower the estimate within the first six months.";
const NEUTRAL = "No source says this kind visits more or less often than others: neutral.";

export const KIND_RULES: Readonly<Record<LenderKind, KindRules>> = {
  credit_card: {
    earliestDay: judged(61, "Card centres keep the first ~3 months in-house; a month before the usual hand-over, hard or unreachable cases may already go out.", ["collection-stages-practice"]),
    typicalFromDay: sourced(91, ["collection-stages-practice"], "low", "Card centres usually collect in-house for the first ~3 months (reminders, then phone from M1–M2) and hand hard, unreachable or small cases to outside agencies mostly from about M3."),
    typicalToDay: judged(180, WINDOW_END_NOTE, ["collection-stages-practice"]),
    visitPropensity: judged(1, `${NEUTRAL} The 2026 bank guideline regulates field visits (外访), so banks do visit; it says nothing on how often.`, ["cba-consumer-loan-collection-2026"]),
  },
  bank_loan: {
    earliestDay: judged(31, "No source for bank consumer loans: placed between credit cards (agencies from ~M3) and finance companies (from M1–M2).", ["collection-stages-practice"]),
    typicalFromDay: judged(61, "As above: the middle of M3, between the card practice and the finance-company practice.", ["collection-stages-practice"]),
    typicalToDay: judged(180, WINDOW_END_NOTE, ["collection-stages-practice"]),
    visitPropensity: judged(1, `${NEUTRAL} The 2026 bank guideline regulates field visits for personal consumer loans too.`, ["cba-consumer-loan-collection-2026"]),
  },
  consumer_finance: {
    earliestDay: judged(16, "Half a month before the usual hand-over: unreachable or large cases can go out earlier.", ["collection-stages-practice"]),
    typicalFromDay: sourced(31, ["collection-stages-practice", "cfc-measures-2024"], "low", "Consumer finance companies lean on outside agencies earlier than card centres, often from M1–M2; the 2024 measures require them to manage outsourced collection."),
    typicalToDay: judged(180, WINDOW_END_NOTE, ["collection-stages-practice", "homecredit-npl-sales"]),
    visitPropensity: judged(1, NEUTRAL, ["cfc-measures-2024"]),
  },
  online_platform: {
    earliestDay: judged(16, "Half a month before the usual hand-over, as for finance companies.", ["collection-stages-practice"]),
    typicalFromDay: sourced(31, ["collection-stages-practice"], "low", "Online lenders lean on outside agencies early, often from M1–M2."),
    typicalToDay: judged(180, WINDOW_END_NOTE, ["collection-stages-practice"]),
    visitPropensity: sourced(0.8, ["collection-stages-practice", "gbt-45251-2025"], "low", "Large online platforms collect mostly by phone and app and increasingly sue or arbitrate for larger sums: lowered a little. 0.8 itself is our judgement; not lower, because their partner lenders' agencies do visit."),
  },
  small_loan: {
    earliestDay: judged(16, "No source for small-loan companies: as for other non-bank lenders.", ["collection-stages-practice"]),
    typicalFromDay: judged(31, "No source for small-loan companies: as for other non-bank lenders (from M1–M2).", ["collection-stages-practice"]),
    typicalToDay: judged(180, WINDOW_END_NOTE, ["collection-stages-practice"]),
    visitPropensity: judged(1, `${NEUTRAL} Online micro-lenders collect mostly remotely, local small-loan companies visit locally; without a source the two are not told apart.`),
  },
  matching_brand: {
    earliestDay: judged(16, "The real lender is the one in the contract, often a finance company or small-loan company: their timing.", ["collection-stages-practice"]),
    typicalFromDay: judged(31, "As above.", ["collection-stages-practice"]),
    typicalToDay: judged(180, WINDOW_END_NOTE, ["collection-stages-practice"]),
    visitPropensity: judged(1, "The real lender is unknown until the contract is read: neutral, not lowered."),
  },
  asset_manager: {
    earliestDay: judged(91, "Debts are usually sold after the lender has written them off (90+ days); a new creditor does not exist before that.", ["collection-stages-practice", "homecredit-npl-sales"]),
    typicalFromDay: judged(181, "The buyer's agencies start after the sale, which typically follows half a year or more overdue.", ["collection-stages-practice", "homecredit-npl-sales"]),
    typicalToDay: judged(1095, "Buyers of old debts keep collecting for years; past about three years without a claim the limitation period may have run out, and the chance declines.", ["homecredit-npl-sales"]),
    visitPropensity: judged(1, NEUTRAL, ["homecredit-npl-sales"]),
  },
};
