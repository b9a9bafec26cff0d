/**
 * The estimate: a transparent, additive heuristic over sourced weights (weights.ts, lenders.ts).
 *
 *   points = stage base + amount + contact + region + history + partial      (each a sourced weight)
 *   points = points > 0 ? points × lender visitPropensity : points           (lender practice)
 *   score  = round to SCORE_STEP( clamp(points, stage floor, stage cap) )
 *   level  = the highest LEVEL_FLOORS entry the score reaches
 *
 * Every step is non-decreasing in each input, which is what makes the property tests hold. Factors
 * report each contribution in score points, so they add up to the score before rounding.
 * See README.md for the reasoning behind each figure.
 */
import type { Answers } from "../answers/schema";
import { getSource } from "../sources";
import type { FactorId, Level, LenderId, StageId } from "./ids";
import { getLender } from "./lenders";
import type { Estimate, EstimateSource, Factor, Lender } from "./types";
import {
  AMOUNT_BANDS,
  CONTACT_WEIGHTS,
  HISTORY_WEIGHTS,
  LEVEL_FLOORS,
  PARTIAL_REPAYMENT,
  REGION_WEIGHTS,
  SCORE_STEP,
  STAGES,
  type StageRule,
} from "./weights";

/** Changes whenever a weight, threshold or lender figure changes; cached API answers key on it. */
export const RULES_VERSION = "2026-11-25.1";

const STEPS_PER_UNIT = Math.round(1 / SCORE_STEP.value);

export function estimate(answers: Answers): Estimate {
  const lender = getLender(answers.lender);
  const stage = stageFor(answers.days);
  const { score, factors } = stage.id === "not_overdue" ? notOverdue() : scoreFor(answers, stage, lender);
  return {
    likelihood: { level: levelFor(score), score },
    timing: timingFor(lender, answers.days),
    stage: { id: stage.id },
    factors,
    lender: summaryFor(lender),
    rulesVersion: RULES_VERSION,
  };
}

export function stageFor(days: number): StageRule {
  let current = STAGES[0];
  for (const stage of STAGES) if (days >= stage.fromDay.value) current = stage;
  if (current === undefined) throw new Error("rules data has no stages");
  return current;
}

export function levelFor(score: number): Level {
  // Compare in whole steps so float noise (0.30000000000000004) cannot move a level.
  const steps = Math.round(score * STEPS_PER_UNIT);
  let level: Level = "very_low";
  for (const { level: next, from } of LEVEL_FLOORS) if (steps >= Math.round(from.value * STEPS_PER_UNIT)) level = next;
  return level;
}

function notOverdue(): { score: number; factors: Factor[] } {
  // Nothing is in collection: the other answers cannot matter.
  return { score: 0, factors: [{ id: "not_overdue", effect: "lowers", weight: 0 }] };
}

const STAGE_FACTOR: Readonly<Record<StageId, FactorId>> = {
  not_overdue: "not_overdue",
  reminder: "stage_reminder",
  intensive: "stage_intensive",
  outsourced: "stage_outsourced",
  legal: "stage_legal",
};

interface Contribution {
  readonly id: FactorId;
  readonly points: number;
}

function scoreFor(answers: Answers, stage: StageRule, lender: Lender): { score: number; factors: Factor[] } {
  const parts: Contribution[] = [{ id: STAGE_FACTOR[stage.id], points: stage.base.value }];
  const band = amountBand(answers.amount);
  if (band.factor !== null) parts.push({ id: band.factor, points: band.points.value });
  const contact = CONTACT_WEIGHTS[answers.contact];
  parts.push({ id: contact.factor, points: contact.points.value });
  const region = answers.region === undefined ? null : REGION_WEIGHTS[answers.region];
  if (region) parts.push({ id: region.factor, points: region.points.value });
  if (answers.history !== undefined) {
    const history = HISTORY_WEIGHTS[answers.history];
    parts.push({ id: history.factor, points: history.points.value });
  }
  if (answers.partial === true) parts.push({ id: PARTIAL_REPAYMENT.factor, points: PARTIAL_REPAYMENT.points.value });

  const sum = parts.reduce((total, part) => total + part.points, 0);
  // Scaling only the positive part keeps a remote-first lender ≤ others at equal answers.
  const afterLender = sum > 0 ? sum * lender.params.visitPropensity.value : sum;
  if (afterLender !== sum) parts.push({ id: "lender_mostly_remote", points: afterLender - sum });

  const clamped = Math.min(stage.cap.value, Math.max(stage.floor.value, afterLender));
  if (clamped < afterLender) parts.push({ id: "stage_cap", points: clamped - afterLender });
  if (clamped > afterLender) parts.push({ id: "stage_floor", points: clamped - afterLender });

  const score = Math.round(clamped * STEPS_PER_UNIT) / STEPS_PER_UNIT;
  return { score, factors: toFactors(parts) };
}

function amountBand(amount: number) {
  let current = AMOUNT_BANDS[0];
  for (const band of AMOUNT_BANDS) if (amount >= band.minYuan.value) current = band;
  if (current === undefined) throw new Error("rules data has no amount bands");
  return current;
}

/** Stage first (it frames the rest), then the strongest contributions; zero contributions dropped. */
function toFactors(parts: readonly Contribution[]): Factor[] {
  const [stagePart, ...rest] = parts;
  const ordered = [...rest].sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id));
  return [stagePart, ...ordered]
    .filter((p): p is Contribution => p !== undefined && Math.round(Math.abs(p.points) * 100) > 0)
    .map((p) => ({ id: p.id, effect: p.points > 0 ? "raises" : "lowers", weight: Math.round(Math.abs(p.points) * 100) / 100 }));
}

/**
 * Days when a visit is plausible. earliestDay: intensive stage start (nothing forbids a visit earlier,
 * but none is part of the reported practice before it); typical window: the lender's outsourcing start
 * to the end of the outsourced stage. Past typicalToDay visits remain possible (lender or a new creditor).
 */
function timingFor(lender: Lender, days: number): Estimate["timing"] {
  const typicalFromDay = lender.params.typicalFromDay.value;
  const earliestDay = Math.min(stageStart("intensive"), typicalFromDay);
  const typicalToDay = Math.max(stageStart("legal") - 1, typicalFromDay);
  return { earliestDay, typicalFromDay, typicalToDay, alreadyInWindow: days >= typicalFromDay };
}

function stageStart(id: StageId): number {
  const stage = STAGES.find((s) => s.id === id);
  if (stage === undefined) throw new Error(`rules data has no stage "${id}"`);
  return stage.fromDay.value;
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

/** Lender-specific sources first, then those behind its parameters; each once. */
function lenderSummary(lender: Lender): Estimate["lender"] {
  const ids = new Set([...lender.sources, ...lender.params.visitPropensity.source, ...lender.params.typicalFromDay.source]);
  const sources: EstimateSource[] = [];
  for (const id of ids) {
    const s = getSource(id);
    if (s === undefined) continue; // cannot happen: lenders.test.ts checks every id
    sources.push(Object.freeze({ id, title: s.title, titleHant: s.titleHant, ...(s.url === undefined ? {} : { url: s.url }), date: s.date, kind: s.kind }));
  }
  // Shared by every estimate for this lender: frozen so no caller can change another's result.
  return Object.freeze({
    id: lender.id,
    visitPractice: Object.freeze({ "zh-Hans": lender.practiceHans, "zh-Hant": lender.practiceHant }),
    sources: Object.freeze(sources),
  });
}
