/**
 * Worked cases: what the estimate should say for typical borrowers, and why, from the sources.
 * If a weight change breaks one, either the change or the case reasoning is wrong: decide which.
 */
import type { Answers } from "../../answers/schema";
import type { SourceId } from "../../sources";
import type { FactorId, Level, Phase, StageId } from "../ids";

export interface RuleCase {
  readonly name: string;
  readonly answers: Answers;
  readonly expect: {
    readonly stage?: StageId;
    /** The level must be one of these. */
    readonly levels?: readonly Level[];
    readonly phase?: Phase;
    /** The usual window's start, for these answers. */
    readonly fromDay?: number;
    readonly factors?: readonly FactorId[];
  };
  /** The score must be strictly lower than for these answers. */
  readonly lowerThan?: Answers;
  readonly why: string;
  readonly sources: readonly SourceId[];
}

export const CASES: readonly RuleCase[] = [
  {
    name: "not overdue, even with a large debt and unreachable",
    answers: { lender: "haier", days: 0, amount: 500_000, contact: "unreachable" },
    expect: { stage: "not_overdue", levels: ["very_low"], phase: "not_overdue", factors: ["not_overdue"] },
    why: "Nothing is overdue, so nothing is in collection.",
    sources: ["collection-stages-practice"],
  },
  {
    name: "consumer finance company, day 5: reminders only",
    answers: { lender: "other-cfc", days: 5, amount: 8_000, contact: "ignoring" },
    expect: { stage: "reminder", levels: ["very_low"], phase: "before", fromDay: 31 },
    why: "The first week is reminders by SMS, app and phone; finance companies hand debts to agencies from about M1–M2.",
    sources: ["collection-stages-practice"],
  },
  {
    name: "credit card, 40 days, ignoring: still in-house, before the window",
    answers: { lender: "credit-card", days: 40, amount: 20_000, contact: "ignoring" },
    expect: { stage: "intensive", levels: ["very_low", "low"], phase: "before", fromDay: 91 },
    why: "Card centres keep the first ~3 months in-house (calls), and hand hard cases to outside agencies mostly from about M3.",
    sources: ["collection-stages-practice"],
  },
  {
    name: "consumer finance company, 40 days, ignoring: in the window",
    answers: { lender: "other-cfc", days: 40, amount: 20_000, contact: "ignoring" },
    expect: { stage: "outsourced", levels: ["moderate"], phase: "in", fromDay: 31 },
    why: "Finance companies lean on outside agencies earlier than card centres, often from M1–M2: at equal answers a card debt is still in-house.",
    sources: ["collection-stages-practice", "cfc-measures-2024"],
  },
  {
    name: "credit card, 100 days, ¥60,000, unreachable",
    answers: { lender: "credit-card", days: 100, amount: 60_000, contact: "unreachable" },
    expect: { stage: "outsourced", levels: ["high"], phase: "in", factors: ["contact_unreachable", "amount_large"] },
    why: "With agencies from about M3, a large card debt whose holder cannot be reached is the case visits are used for: locating the borrower.",
    sources: ["collection-stages-practice", "gbt-45251-2025", "cba-consumer-loan-collection-2026"],
  },
  {
    name: "Home Credit, 100 days, ¥60,000, unreachable: high, and in the window (no contradiction)",
    answers: { lender: "homecredit", days: 100, amount: 60_000, contact: "unreachable" },
    expect: { stage: "outsourced", levels: ["high"], phase: "in" },
    why: "A consumer finance company's agencies work debts through the first half year; the level and the window agree.",
    sources: ["collection-stages-practice", "homecredit-npl-sales"],
  },
  {
    name: "unreachable borrower: the window starts earlier",
    answers: { lender: "rongyi", days: 25, amount: 20_000, contact: "unreachable" },
    expect: { phase: "in", fromDay: 23, levels: ["moderate"] },
    lowerThan: { lender: "rongyi", days: 25, amount: 20_000, contact: "unreachable", region: "tier1" },
    why: "Visits are used to locate borrowers who cannot be reached (home, workplace, 户籍地, family), so they come earlier than the usual hand-over.",
    sources: ["collection-stages-practice", "gbt-45251-2025"],
  },
  {
    name: "Huabei, 60 days, ¥2,000, ignoring: a small debt stays low",
    answers: { lender: "huabei", days: 60, amount: 2_000, contact: "ignoring" },
    expect: { levels: ["low"], phase: "in", factors: ["small_debt_cap", "amount_small"] },
    why: "A visit takes two collectors and travel; for ¥2,000 it costs more than it can recover, so collection stays on the phone and app.",
    sources: ["cba-consumer-loan-collection-2026"],
  },
  {
    name: "online platform, 91 days, ¥500, unreachable: still low",
    answers: { lender: "other-online", days: 91, amount: 500, contact: "unreachable" },
    expect: { levels: ["low"], factors: ["amount_small", "kind_mostly_remote"] },
    why: "Online lenders collect mostly by phone and app; a ¥500 debt is not worth a visit even when the borrower cannot be reached.",
    sources: ["collection-stages-practice"],
  },
  {
    name: "repaying at 45 days is lower than ignoring",
    answers: { lender: "mashang", days: 45, amount: 20_000, contact: "repaying" },
    lowerThan: { lender: "mashang", days: 45, amount: 20_000, contact: "ignoring" },
    expect: { stage: "outsourced", levels: ["very_low", "low"], phase: "in", factors: ["contact_repaying"] },
    why: "An agreed plan stops collection unless it fails (the card rules show the pattern); a visit has nothing left to achieve.",
    sources: ["credit-card-measures-2011-70"],
  },
  {
    name: "WeBank below a consumer finance company at equal answers, but not ruled out",
    answers: { lender: "weilidai", days: 90, amount: 30_000, contact: "ignoring" },
    lowerThan: { lender: "other-cfc", days: 90, amount: 30_000, contact: "ignoring" },
    expect: { phase: "in", levels: ["low", "moderate"], factors: ["lender_mostly_remote"] },
    why: "WeBank collects mostly remotely, yet lists 320 outside agencies, and visits (real and fake) were reported: lower, never 'no visit'.",
    sources: ["webank-agencies-2025-09", "media-webank-visit-sms-2025-05", "media-fake-lawyer-visit-2025-11"],
  },
  {
    name: "very large debt, unreachable, first-tier city, 60 days: very high",
    answers: { lender: "zhaolian", days: 60, amount: 1_000_000, contact: "unreachable", region: "tier1", history: "repeat" },
    expect: { phase: "in", levels: ["very_high"] },
    why: "Everything that brings visits points the same way; still below certain: nothing makes a visit certain.",
    sources: ["collection-stages-practice", "zhaolian-fine-2022-02"],
  },
  {
    name: "consumer finance company at 400 days: past the window, lower than at 180",
    answers: { lender: "homecredit", days: 400, amount: 30_000, contact: "ignoring" },
    lowerThan: { lender: "homecredit", days: 180, amount: 30_000, contact: "ignoring" },
    expect: { stage: "legal", phase: "after", levels: ["low", "moderate"] },
    why: "After about half a year debts are written off, sued or sold (Home Credit sold bad-loan packages); agencies of a new creditor may still visit, less often.",
    sources: ["collection-stages-practice", "homecredit-npl-sales"],
  },
  {
    name: "debt sold to an asset manager, 2 years: inside the buyer's window",
    answers: { lender: "asset-manager", days: 730, amount: 30_000, contact: "ignoring" },
    expect: { phase: "in", levels: ["moderate"] },
    why: "Buyers of written-off debts start collecting after the sale and keep at it for years.",
    sources: ["homecredit-npl-sales"],
  },
  {
    name: "ten-year-old debt: low, whatever the lender",
    answers: { lender: "other-cfc", days: 3650, amount: 30_000, contact: "ignoring" },
    expect: { phase: "after", levels: ["very_low", "low"] },
    why: "Debts this old are rarely visited; the limitation period may have run out if nobody claimed the debt for three years.",
    sources: ["civil-code-limitation"],
  },
  {
    name: "partial repayment lowers the estimate",
    answers: { lender: "anyihua", days: 60, amount: 40_000, contact: "ignoring", partial: true },
    lowerThan: { lender: "anyihua", days: 60, amount: 40_000, contact: "ignoring" },
    expect: { factors: ["partial_repayment"] },
    why: "Part-payments show willingness and keep collection on the phone.",
    sources: ["collection-stages-practice"],
  },
  {
    name: "small-loan company, 45 days, unreachable",
    answers: { lender: "small-loan", days: 45, amount: 20_000, contact: "unreachable" },
    expect: { phase: "in", levels: ["moderate"] },
    why: "No source separates small-loan companies: the non-bank timing applies, brought forward because the borrower cannot be reached.",
    sources: ["collection-stages-practice"],
  },
];
