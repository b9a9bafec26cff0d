/**
 * The model's curve, multipliers, caps and level bands, as data (see model.ts for how they combine).
 * No public data measures visit rates, so these are labelled: `sourced` where a cited source gives the
 * direction and the reasoning, `judged` where the figure is ours. None is a measured rate.
 */
import type { Contact, History, Region } from "../answers/options";
import type { FactorId, Level } from "./ids";
import { judged, sourced } from "./param";
import type { Param } from "./types";

/** "The coming weeks" the level speaks of: the chance of a visit in this many days from now, if nothing changes. */
export const HORIZON_DAYS = judged(14, "Two weeks: near enough that the answers still describe the situation, long enough to plan for.");

/** The first week overdue is the reminder stage for every kind (SMS, app, calls). */
export const REMINDER_DAYS = sourced(7, ["collection-stages-practice"], "medium", "Days 1–7: reminders by SMS, app and calls; no visits in reported practice.");

/** The time curve: the score of a reference borrower (multipliers all 1) by where they are in the kind's timing. */
export const CURVE = {
  /** Day 1: collection has just begun. */
  start: judged(0.02, "Reminders only."),
  /** At the kind's earliest visit day: still mostly calls. */
  atEarliest: judged(0.08, "Calls; a visit is possible but uncommon."),
  /** From the usual window's start to its end. */
  inWindow: judged(0.35, "Inside the usual window a visit within two weeks is a real possibility but far from certain: the reference borrower is 'moderate'."),
  /** Fall per year past the window's end (lawsuit, sale, old-debt collection replace visits). */
  fallPerYear: judged(0.06, "Gradual: older debts are visited less, but buyers of old debts and their agencies keep collecting."),
  /** Lowest the curve falls to, however old the debt. */
  oldDebtFloor: judged(0.12, "Even very old debts are collected (sold on, old-debt agencies): never ruled out."),
  /** Fewest days between the earliest day and the window start, so the curve rises gradually. */
  minRampDays: judged(15, "Keeps one more day from changing the score by more than a few points."),
  /** No visit is plausible before this day, whatever the answers (the reminder week plus a day). */
  minEarliestDay: judged(8, "Visits are not part of reported practice in the first week."),
} as const;

/** Answers that bring the window forward. */
export const EARLIER = {
  /** An unreachable borrower is visited earlier: a visit (home, workplace, 户籍地, family) is how they are located. */
  unreachableDays: sourced(15, ["collection-stages-practice", "gbt-45251-2025"], "low", "Visits are reported more, and earlier, for borrowers who cannot be reached: the visit is how they are located, often at the 户籍地, the workplace or family. 15 days (half a month) is our judgement."),
  /** A larger debt is handed to agencies earlier: nothing below fromYuan, the full shift from fullYuan. */
  largeDebtDays: judged(15, "Larger debts are worth an earlier visit; up to half a month earlier."),
  largeDebtFromYuan: judged(20_000, "The reference amount (see AMOUNT)."),
  largeDebtFullYuan: judged(200_000, "Ten times the reference amount."),
} as const;

/**
 * The amount multiplier, continuous so no band edge moves the estimate by a jump:
 * 1 + perTenfold × log10(amount / referenceYuan), kept within [min, max].
 */
export const AMOUNT = {
  referenceYuan: judged(20_000, "Roughly the size of a typical unsecured consumer loan: below it a visit pays less, above it more."),
  perTenfold: judged(0.25, "A tenfold larger debt raises the estimate by a quarter."),
  min: judged(0.6, "A tiny debt still gets collected by phone; the small-debt cap (below) limits it further."),
  max: judged(1.3, "No amount makes a visit certain."),
} as const;

/** Small debts: a field visit by two collectors costs more than it can recover, so the level is at most "low". */
export const SMALL_DEBT = {
  belowYuan: judged(5_000, "A field visit takes two collectors (the 2026 bank guideline's minimum) for half a day plus travel; agencies are paid a share of what they recover, so a visit for a few thousand yuan rarely pays.", ["cba-consumer-loan-collection-2026"]),
  maxScore: judged(0.25, "The top of 'low'."),
} as const;

/** Nothing makes a visit certain. */
export const MAX_SCORE = judged(0.95, "No answer makes a visit certain.");

export interface Multiplier {
  readonly factor: FactorId;
  readonly value: Param;
}

export const CONTACT_MULTIPLIERS: Readonly<Record<Contact, Multiplier>> = {
  repaying: {
    factor: "contact_repaying",
    value: sourced(0.4, ["credit-card-measures-2011-70"], "low", "Once an instalment plan is agreed, collection stops unless the plan fails (the card rules show the pattern). 0.4, not 0: plans fail and agencies are not always told at once."),
  },
  negotiating: { factor: "contact_negotiating", value: judged(0.8, "A borrower in talks gives the lender no reason to locate them.") },
  ignoring: { factor: "contact_ignoring", value: judged(1.2, "Reachable but silent: escalation continues.") },
  unreachable: {
    factor: "contact_unreachable",
    value: sourced(1.5, ["collection-stages-practice", "gbt-45251-2025", "cba-consumer-loan-collection-2026"], "low", "Contacting others and visiting are the ways left to find a borrower who cannot be reached (the standard and the 2026 guideline allow third-party contact only for that). 1.5 is our judgement."),
  },
};

export const REGION_MULTIPLIERS: Readonly<Record<Region, Multiplier | null>> = {
  tier1: { factor: "region_tier1", value: judged(1.1, "Agencies are dense in large cities, so a visit costs less. Small on purpose: no source.") },
  city: null,
  rural: { factor: "region_rural", value: judged(0.9, "Visits to remote areas cost more. Small on purpose: visits to villages and the 户籍地 do happen.") },
};

export const HISTORY_MULTIPLIERS: Readonly<Record<History, Multiplier>> = {
  first: { factor: "history_first", value: judged(0.9, "A first delay tends to get more leeway. Small on purpose: no source.") },
  repeat: { factor: "history_repeat", value: judged(1.1, "Repeat delays tend to get less leeway. Small on purpose: no source.") },
};

export const PARTIAL_REPAYMENT: Multiplier = {
  factor: "partial_repayment",
  value: judged(0.85, "Regular part-payments show willingness to pay and give the lender a reason to keep collection on the phone."),
};

/** Lowest score of each level above very_low; levels must stay in LEVELS order. */
export const LEVEL_FLOORS: readonly { readonly level: Exclude<Level, "very_low">; readonly from: Param }[] = [
  { level: "low", from: judged(0.1, "Presentation bands: a level is a coarse reading of the heuristic score.") },
  { level: "moderate", from: judged(0.3, "As above.") },
  { level: "high", from: judged(0.6, "As above.") },
  { level: "very_high", from: judged(0.8, "As above.") },
];

/** The score is rounded to this step so it never pretends precision. */
export const SCORE_STEP = judged(0.05, "Coarse on purpose: there is no data for finer figures.");
