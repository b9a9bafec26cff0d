/**
 * The estimate: a transparent heuristic over sourced and judged figures (kinds.ts, weights.ts, lenders.ts).
 *
 *   window = the kind's visit window, brought forward for an unreachable borrower or a large debt
 *   score  = curve(days, window) × lender propensity × amount × contact × region × history × partial
 *   score  = min(score, small-debt cap, 0.95), rounded to 0.05;  level = the band the score falls in
 *
 * The level is the chance of a visit within HORIZON_DAYS from now if nothing changes; the window says when
 * visits are typical for this kind of lender. Every step is non-decreasing in each answer and the curve is
 * continuous in days, which is what the property tests check. Factors report each step in score points.
 */
import type { Answers } from "../answers/schema";
import { getSource } from "../sources";
import type { FactorId, Level, LenderId, StageId } from "./ids";
import { getLender } from "./lenders";
import { curveAt, phaseOf, stageOf, windowFor, type VisitWindow } from "./timing";
import type { Basis, Estimate, EstimateSource, Factor, Lender, Param } from "./types";
import { RULES_VERSION } from "./version";
import {
  AMOUNT,
  CONTACT_MULTIPLIERS,
  HISTORY_MULTIPLIERS,
  HORIZON_DAYS,
  LEVEL_FLOORS,
  MAX_SCORE,
  PARTIAL_REPAYMENT,
  REGION_MULTIPLIERS,
  SCORE_STEP,
  SMALL_DEBT,
} from "./weights";

const STEPS_PER_UNIT = Math.round(1 / SCORE_STEP.value);

export function estimate(answers: Answers): Estimate {
  const lender = getLender(answers.lender);
  const window = windowFor(answers, lender.rules);
  const stage = stageOf(answers.days, window);
  const phase = phaseOf(answers.days, window);
  const { score, factors } = stage === "not_overdue" ? notOverdue() : scoreFor(answers, lender, window, stage);
  return {
    likelihood: { level: levelFor(score), score, horizonDays: HORIZON_DAYS.value },
    timing: {
      earliestDay: window.earliestDay,
      typicalFromDay: window.typicalFromDay,
      typicalToDay: window.typicalToDay,
      phase,
      alreadyInWindow: phase === "in",
    },
    stage: { id: stage },
    factors,
    lender: summaryFor(lender),
    rulesVersion: RULES_VERSION,
  };
}

export function levelFor(score: number): Level {
  // Compare in whole steps so float noise (0.30000000000000004) cannot move a level.
  const steps = Math.round(score * STEPS_PER_UNIT);
  let level: Level = "very_low";
  for (const { level: next, from } of LEVEL_FLOORS) if (steps >= Math.round(from.value * STEPS_PER_UNIT)) level = next;
  return level;
}

/** The amount multiplier: continuous in the amount, 1 at the reference amount. */
export function amountMultiplier(amount: number): number {
  const raw = 1 + AMOUNT.perTenfold.value * Math.log10(amount / AMOUNT.referenceYuan.value);
  return Math.min(AMOUNT.max.value, Math.max(AMOUNT.min.value, raw));
}

function notOverdue(): { score: number; factors: Factor[] } {
  // Nothing is in collection: the other answers cannot matter.
  return { score: 0, factors: [{ id: "not_overdue", effect: "lowers", weight: 0, basis: "source" }] };
}

const STAGE_FACTOR: Readonly<Record<Exclude<StageId, "not_overdue">, FactorId>> = {
  reminder: "stage_reminder",
  intensive: "stage_intensive",
  outsourced: "stage_outsourced",
  legal: "stage_legal",
};

interface Step {
  readonly id: FactorId;
  readonly points: number;
  readonly basis: Basis;
}

function scoreFor(answers: Answers, lender: Lender, window: VisitWindow, stage: Exclude<StageId, "not_overdue">) {
  let current = curveAt(answers.days, window);
  const steps: Step[] = [{ id: STAGE_FACTOR[stage], points: current, basis: window.fromRule.basis }];
  const apply = (id: FactorId, multiplier: number, basis: Basis) => {
    const points = current * (multiplier - 1);
    current += points;
    steps.push({ id, points, basis });
  };

  const propensity = lender.rules.visitPropensity;
  apply(lender.rules.ownPropensity ? "lender_mostly_remote" : "kind_mostly_remote", propensity.value, propensity.basis);
  const amount = amountMultiplier(answers.amount);
  apply(amount < 1 ? "amount_small" : "amount_large", amount, "judgement");
  applyParam(apply, CONTACT_MULTIPLIERS[answers.contact]);
  const region = answers.region === undefined ? null : REGION_MULTIPLIERS[answers.region];
  if (region) applyParam(apply, region);
  if (answers.history !== undefined) applyParam(apply, HISTORY_MULTIPLIERS[answers.history]);
  if (answers.partial === true) applyParam(apply, PARTIAL_REPAYMENT);

  const cap = answers.amount < SMALL_DEBT.belowYuan.value ? SMALL_DEBT.maxScore.value : MAX_SCORE.value;
  if (current > cap) {
    steps.push({ id: cap === MAX_SCORE.value ? "never_certain" : "small_debt_cap", points: cap - current, basis: "judgement" });
    current = cap;
  }
  const score = Math.round(current * STEPS_PER_UNIT) / STEPS_PER_UNIT;
  return { score, factors: toFactors(steps) };
}

function applyParam(apply: (id: FactorId, multiplier: number, basis: Basis) => void, m: { factor: FactorId; value: Param }) {
  apply(m.factor, m.value.value, m.value.basis);
}

/** Stage first (it frames the rest), then the strongest contributions; steps that did not move the score dropped. */
function toFactors(steps: readonly Step[]): Factor[] {
  const [stageStep, ...rest] = steps;
  const ordered = [...rest].sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id));
  return [stageStep, ...ordered]
    .filter((s): s is Step => s !== undefined && Math.round(Math.abs(s.points) * 100) > 0)
    .map((s) => ({ id: s.id, effect: s.points > 0 ? "raises" : "lowers", weight: Math.round(Math.abs(s.points) * 100) / 100, basis: s.basis }));
}

const SUMMARIES = new Map<LenderId, Estimate["lender"]>();

/** Built once per lender: the summary depends on the rules data only. */
function summaryFor(lender: Lender): Estimate["lender"] {
  let summary = SUMMARIES.get(lender.id);
  if (summary === undefined) {
    summary = lenderSummary(lender);
    SUMMARIES.set(lender.id, summary);
  }
  return summary;
}

/** Lender-specific sources first, then those behind its timing and propensity; each once. */
function lenderSummary(lender: Lender): Estimate["lender"] {
  const { earliestDay, typicalFromDay, typicalToDay, visitPropensity } = lender.rules;
  const ids = new Set([...lender.sources, ...[typicalFromDay, earliestDay, typicalToDay, visitPropensity].flatMap((p) => p.source)]);
  const sources: EstimateSource[] = [...ids].map((id) => {
    const s = getSource(id); // throws on an unknown id
    return Object.freeze({ id, title: Object.freeze({ ...s.title }), ...(s.url === undefined ? {} : { url: s.url }), date: s.date, kind: s.kind });
  });
  // Shared by every estimate for this lender: frozen so no caller can change another's result.
  return Object.freeze({
    id: lender.id,
    kind: lender.kind,
    visitPractice: Object.freeze({ ...lender.practice }),
    sources: Object.freeze(sources),
  });
}
