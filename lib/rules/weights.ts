/**
 * The model's weights and thresholds, as data. Score points are on a 0..1 scale and add up
 * (see model.ts). No public data measures visit rates, so every weight below is a labelled judgement
 * anchored on the collection-stage practice and the reports it cites; none is a measured figure.
 */
import type { Contact, History, Region } from "../answers/options";
import type { FactorId, Level, StageId } from "./ids";
import { param } from "./param";
import type { Param } from "./types";

export interface StageRule {
  readonly id: StageId;
  /** First day overdue in this stage. */
  readonly fromDay: Param;
  /** Points the stage contributes before the other factors. */
  readonly base: Param;
  /** Highest score reachable in this stage, whatever the other answers. */
  readonly cap: Param;
  /** Lowest score once in this stage: a visit is never ruled out once outside agencies may be involved. */
  readonly floor: Param;
}

const STAGE_DAYS = ["collection-stages-practice"] as const;
const STAGE_DAYS_NOTE = "Industry practice, not law: reminders days 1–7, intensive 8–30, outsourced ~30–90, legal/sale 90+.";
const JUDGEMENT = ["collection-stages-practice", "advisor-heuristic"] as const;

export const STAGES: readonly StageRule[] = [
  {
    id: "not_overdue",
    fromDay: param(0, STAGE_DAYS, "high", "Nothing overdue: no collection."),
    base: param(0, JUDGEMENT, "high"),
    cap: param(0, JUDGEMENT, "high", "No debt in collection, no visit."),
    floor: param(0, JUDGEMENT, "high"),
  },
  {
    id: "reminder",
    fromDay: param(1, STAGE_DAYS, "medium", STAGE_DAYS_NOTE),
    base: param(0.05, JUDGEMENT, "low", "SMS, app and calls only."),
    cap: param(0.1, JUDGEMENT, "low", "Visits this early are not part of the reported practice: at most 'low'."),
    floor: param(0, JUDGEMENT, "low"),
  },
  {
    id: "intensive",
    fromDay: param(8, STAGE_DAYS, "medium", STAGE_DAYS_NOTE),
    base: param(0.15, JUDGEMENT, "low", "Frequent calls, maybe emergency contacts; visits uncommon yet."),
    cap: param(0.3, JUDGEMENT, "low", "Visits start mostly with outside agencies (~day 30): at most the bottom of 'moderate'."),
    floor: param(0, JUDGEMENT, "low"),
  },
  {
    id: "outsourced",
    fromDay: param(31, STAGE_DAYS, "medium", STAGE_DAYS_NOTE),
    base: param(0.4, JUDGEMENT, "low", "Outside agencies and field visits become possible."),
    cap: param(0.9, JUDGEMENT, "low", "Nothing makes a visit certain."),
    floor: param(0.05, [...JUDGEMENT, "webank-agencies-2025-09"], "low", "Even remote-first lenders use outside agencies."),
  },
  {
    id: "legal",
    fromDay: param(91, STAGE_DAYS, "medium", STAGE_DAYS_NOTE),
    base: param(0.5, [...JUDGEMENT, "homecredit-npl-sales"], "low", "Lawsuit or sale more likely; a new creditor may also visit. Kept ≥ the outsourced stage: the chance of having been visited only grows."),
    cap: param(0.95, JUDGEMENT, "low", "Nothing makes a visit certain."),
    floor: param(0.05, [...JUDGEMENT, "webank-agencies-2025-09"], "low", "A visit is never ruled out."),
  },
];

export interface AmountBand {
  /** Lowest amount (yuan) in the band; bands run up to the next band's minimum. */
  readonly minYuan: Param;
  readonly points: Param;
  /** Factor reported for this band; null for the reference band (no effect). */
  readonly factor: FactorId | null;
}

const AMOUNT_SOURCES = ["collection-stages-practice", "seed-000", "seed-002", "advisor-heuristic"] as const;
const AMOUNT_NOTE =
  "Visits are costly, so they are reported more for larger amounts. Band edges are our choice: no lender publishes an amount threshold, and seed claims of fixed thresholds (e.g. ¥50,000) are unverified.";

export const AMOUNT_BANDS: readonly AmountBand[] = [
  { minYuan: param(1, AMOUNT_SOURCES, "low", AMOUNT_NOTE), points: param(-0.15, AMOUNT_SOURCES, "low", AMOUNT_NOTE), factor: "amount_small" },
  { minYuan: param(3_000, AMOUNT_SOURCES, "low", AMOUNT_NOTE), points: param(-0.05, AMOUNT_SOURCES, "low", AMOUNT_NOTE), factor: "amount_modest" },
  { minYuan: param(10_000, AMOUNT_SOURCES, "low", AMOUNT_NOTE), points: param(0, AMOUNT_SOURCES, "low", "Reference band."), factor: null },
  { minYuan: param(50_000, AMOUNT_SOURCES, "low", AMOUNT_NOTE), points: param(0.1, AMOUNT_SOURCES, "low", AMOUNT_NOTE), factor: "amount_large" },
  { minYuan: param(200_000, AMOUNT_SOURCES, "low", AMOUNT_NOTE), points: param(0.15, AMOUNT_SOURCES, "low", AMOUNT_NOTE), factor: "amount_very_large" },
];

export interface Adjustment {
  readonly points: Param;
  readonly factor: FactorId;
}

export const CONTACT_WEIGHTS: Readonly<Record<Contact, Adjustment>> = {
  repaying: {
    factor: "contact_repaying",
    points: param(-0.25, ["credit-card-measures-2011-70", "seed-000", "advisor-heuristic"], "low", "Once a plan is agreed, collection stops unless the plan fails (card rules); an agreed plan removes the reason to visit."),
  },
  negotiating: {
    factor: "contact_negotiating",
    points: param(-0.1, ["seed-000", "advisor-heuristic"], "low", "Talking to the lender is reported to delay escalation (seed claim, plausible, unverified)."),
  },
  ignoring: {
    factor: "contact_ignoring",
    points: param(0.05, ["seed-000", "seed-002", "advisor-heuristic"], "low", "Reachable but silent: escalation continues."),
  },
  unreachable: {
    factor: "contact_unreachable",
    points: param(0.2, ["collection-stages-practice", "gbt-45251-2025", "seed-000"], "low", "Visits are reported more for unreachable borrowers; a visit is the remaining way to reach someone who answers nothing."),
  },
};

export const REGION_WEIGHTS: Readonly<Record<Region, Adjustment | null>> = {
  tier1: {
    factor: "region_tier1",
    points: param(0.05, ["seed-000", "advisor-heuristic"], "low", "Agencies are dense in large cities, so a visit is cheap (seed claim, unverified)."),
  },
  city: null,
  rural: {
    factor: "region_rural",
    points: param(-0.05, ["seed-002", "advisor-heuristic"], "low", "Visits to remote areas cost more (seed claim, plausible, unverified). Small on purpose: visits to villages do happen."),
  },
};

export const HISTORY_WEIGHTS: Readonly<Record<History, Adjustment>> = {
  first: {
    factor: "history_first",
    points: param(-0.05, ["seed-000", "advisor-heuristic"], "low", "Lenders are reported to treat a first delay more leniently (seed claim, unverified)."),
  },
  repeat: {
    factor: "history_repeat",
    points: param(0.05, ["seed-000", "advisor-heuristic"], "low", "Repeat delays are reported to shorten the lenient period (seed claim, unverified)."),
  },
};

export const PARTIAL_REPAYMENT: Adjustment = {
  factor: "partial_repayment",
  points: param(-0.1, ["seed-000", "advisor-heuristic"], "low", "Regular part-payments show willingness to pay; reported to keep collection on the phone (seed claim, unverified). Never raises."),
};

/** Lowest score of each level above very_low; levels must stay in LEVELS order. */
export const LEVEL_FLOORS: readonly { readonly level: Exclude<Level, "very_low">; readonly from: Param }[] = [
  { level: "low", from: param(0.1, ["advisor-heuristic"], "low", "Presentation bands, chosen so a level is a coarse reading of the heuristic score.") },
  { level: "moderate", from: param(0.3, ["advisor-heuristic"], "low") },
  { level: "high", from: param(0.6, ["advisor-heuristic"], "low") },
  { level: "very_high", from: param(0.8, ["advisor-heuristic"], "low") },
];

/** The score is rounded to this step so it never pretends precision. */
export const SCORE_STEP = param(0.05, ["advisor-heuristic"], "high", "Coarse on purpose: there is no data for finer figures.");
