/**
 * Worked cases: what the estimate should say for typical borrowers, and why, from the sources.
 * If a weight change breaks one, either the change or the case reasoning is wrong: decide which.
 */
import type { Answers } from "../../answers/schema";
import type { SourceId } from "../../sources";
import type { FactorId, Level, StageId } from "../ids";

export interface RuleCase {
  readonly name: string;
  readonly answers: Answers;
  readonly expect: {
    readonly stage?: StageId;
    /** The level must be one of these. */
    readonly levels?: readonly Level[];
    readonly alreadyInWindow?: boolean;
    readonly factors?: readonly FactorId[];
  };
  /** The score must be strictly lower than for these answers. */
  readonly lowerThan?: Answers;
  readonly why: string;
  readonly sources: readonly SourceId[];
}

export const CASES: readonly RuleCase[] = [
  {
    name: "consumer finance company, day 5",
    answers: { lender: "other-cfc", days: 5, amount: 8000, contact: "ignoring" },
    expect: { stage: "reminder", levels: ["very_low", "low"], alreadyInWindow: false },
    why: "Days 1–7 are reminders by SMS, app and phone; visits come with outside agencies around day 30.",
    sources: ["collection-stages-practice"],
  },
  {
    name: "not overdue, even with a large debt",
    answers: { lender: "haier", days: 0, amount: 500_000, contact: "unreachable" },
    expect: { stage: "not_overdue", levels: ["very_low"], alreadyInWindow: false, factors: ["not_overdue"] },
    why: "Nothing is overdue, so nothing is in collection.",
    sources: ["collection-stages-practice"],
  },
  {
    name: "large debt, unreachable, 100 days",
    answers: { lender: "zhaolian", days: 100, amount: 300_000, contact: "unreachable" },
    expect: { stage: "legal", levels: ["high", "very_high"], alreadyInWindow: true, factors: ["amount_very_large", "contact_unreachable"] },
    why: "Past 90 days the debt is with agencies, lawyers or a buyer; visits are reported most for larger amounts and borrowers who cannot be reached.",
    sources: ["collection-stages-practice", "zhaolian-fine-2022-02"],
  },
  {
    name: "repaying at 45 days is lower than ignoring",
    answers: { lender: "mashang", days: 45, amount: 20_000, contact: "repaying" },
    lowerThan: { lender: "mashang", days: 45, amount: 20_000, contact: "ignoring" },
    expect: { stage: "outsourced", levels: ["very_low", "low"], alreadyInWindow: true },
    why: "An agreed plan stops collection unless it fails (card rules give the pattern); a visit has nothing left to achieve.",
    sources: ["credit-card-measures-2011-70", "seed-000"],
  },
  {
    name: "weilidai below a consumer finance company at equal answers, but not ruled out",
    answers: { lender: "weilidai", days: 60, amount: 30_000, contact: "ignoring" },
    lowerThan: { lender: "other-cfc", days: 60, amount: 30_000, contact: "ignoring" },
    expect: { stage: "outsourced", levels: ["low", "moderate"], factors: ["lender_mostly_remote"] },
    why: "WeBank collects mostly remotely, yet lists 320 outside agencies, and visits (real and fake) were reported: lower, never 'no visit'.",
    sources: ["webank-agencies-2025-09", "media-webank-visit-sms-2025-05", "media-fake-lawyer-visit-2025-11"],
  },
  {
    name: "weilidai, unreachable, 120 days",
    answers: { lender: "weilidai", days: 120, amount: 50_000, contact: "unreachable" },
    expect: { stage: "legal", levels: ["moderate", "high"] },
    why: "Remote-first does not mean never: with a large debt and no contact, outside agencies and visits are plausible.",
    sources: ["webank-agencies-2025-09", "media-fake-lawyer-visit-2025-11"],
  },
  {
    name: "day 20, large debt, unreachable: still early",
    answers: { lender: "other-online", days: 20, amount: 100_000, contact: "unreachable" },
    expect: { stage: "intensive", levels: ["low", "moderate"], alreadyInWindow: false, factors: ["stage_cap"] },
    why: "Days 8–30 are intensive calls and maybe emergency contacts; visits mostly start with outside agencies around day 30, so the stage caps the estimate.",
    sources: ["collection-stages-practice", "gbt-45251-2025"],
  },
  {
    name: "small debt, negotiating, 60 days",
    answers: { lender: "fenqile", days: 60, amount: 800, contact: "negotiating" },
    expect: { stage: "outsourced", levels: ["very_low", "low"], factors: ["amount_small", "contact_negotiating"] },
    why: "A visit costs more than a few hundred yuan recovers, and talks are under way.",
    sources: ["collection-stages-practice", "seed-000"],
  },
  {
    name: "rural below first-tier city at equal answers",
    answers: { lender: "huabei", days: 60, amount: 20_000, contact: "ignoring", region: "rural" },
    lowerThan: { lender: "huabei", days: 60, amount: 20_000, contact: "ignoring", region: "tier1" },
    expect: { factors: ["region_rural"] },
    why: "Visits to remote areas cost more; agencies are dense in large cities (seed claims, low confidence, small weight).",
    sources: ["seed-002", "seed-000"],
  },
  {
    name: "partial repayment lowers the estimate",
    answers: { lender: "jd", days: 60, amount: 20_000, contact: "ignoring", partial: true },
    lowerThan: { lender: "jd", days: 60, amount: 20_000, contact: "ignoring" },
    expect: { factors: ["partial_repayment"] },
    why: "Regular part-payments show willingness to pay and are reported to keep collection on the phone.",
    sources: ["seed-000"],
  },
  {
    name: "repeat delay above a first delay",
    answers: { lender: "other-online", days: 40, amount: 15_000, contact: "ignoring", history: "first" },
    lowerThan: { lender: "other-online", days: 40, amount: 15_000, contact: "ignoring", history: "repeat" },
    expect: { stage: "outsourced" },
    why: "Lenders are reported to give less leeway to borrowers who were overdue before (seed claim, low confidence).",
    sources: ["seed-000"],
  },
  {
    name: "credit card, 35 days, ¥50,000, ignoring",
    answers: { lender: "credit-card", days: 35, amount: 50_000, contact: "ignoring" },
    expect: { stage: "outsourced", levels: ["moderate", "high"], alreadyInWindow: true, factors: ["amount_large"] },
    why: "Banks do field visits (the 2026 guideline regulates them: two people, ID, daytime only); at this stage and amount one is plausible.",
    sources: ["cba-consumer-loan-collection-2026", "collection-stages-practice"],
  },
  {
    name: "Home Credit debt at 400 days",
    answers: { lender: "homecredit", days: 400, amount: 20_000, contact: "unreachable" },
    expect: { stage: "legal", levels: ["high"], alreadyInWindow: true },
    why: "Old Home Credit debts were sold in bulk; a new creditor may contact or visit. Past the typical window, visits remain possible.",
    sources: ["homecredit-npl-sales", "collection-stages-practice"],
  },
  {
    name: "day 30 is not yet in the window, day 31 is",
    answers: { lender: "rongyi", days: 30, amount: 20_000, contact: "ignoring" },
    lowerThan: { lender: "rongyi", days: 31, amount: 20_000, contact: "ignoring" },
    expect: { stage: "intensive", alreadyInWindow: false },
    why: "Outside agencies, and with them visits, typically start around day 30; the model puts the boundary at day 31.",
    sources: ["collection-stages-practice"],
  },
];
