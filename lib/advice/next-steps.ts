import type { Answers } from "../answers";
import { cardCrimeNoteApplies, getLender, type Estimate, type Lender } from "../rules";
import { isPastLimitation } from "./old-debt";

export const NEXT_STEP_IDS = [
  "stay_reachable",
  "door",
  "court_papers",
  "old_debt",
  "verify_creditor",
  "negotiate",
  "keep_plan",
  "check_legal",
  "scams",
  "rights",
  "credit_report",
] as const;
export type NextStepId = (typeof NEXT_STEP_IDS)[number];

/** Where each step's full guidance lives, as a locale-less path. */
export const NEXT_STEP_PATHS: Readonly<Record<NextStepId, string>> = {
  stay_reachable: "/guide/negotiate",
  door: "/guide/door",
  court_papers: "/guide/rights",
  old_debt: "/guide/negotiate",
  verify_creditor: "/guide/negotiate",
  negotiate: "/guide/negotiate",
  keep_plan: "/guide/negotiate",
  check_legal: "/guide/legal-check",
  scams: "/guide/scams",
  rights: "/guide/rights",
  credit_report: "/guide/rights",
};

/**
 * The debt may be held or collected by someone other than the name the borrower knows: a matching brand
 * (the real lender is in the contract), an online platform lending through partners, a sold debt, a lender
 * known to sell overdue debts, or any debt past its kind's usual window (sale becomes likely).
 */
function creditorMayDiffer(lender: Lender, estimate: Estimate): boolean {
  if (lender.creditor === "in_contract" || lender.sellsDebts === true) return true;
  if (lender.kind === "online_platform" || lender.kind === "asset_manager" || lender.kind === "matching_brand") return true;
  return estimate.timing.phase === "after";
}

const MAX_STEPS = 3;

/** The two or three most useful next steps for this situation, most urgent first. */
export function nextSteps(answers: Answers, estimate: Estimate): NextStepId[] {
  if (estimate.stage.id === "not_overdue") return ["credit_report", "negotiate", "rights"];
  const lender = getLender(answers.lender);
  const steps: NextStepId[] = [];
  if (cardCrimeNoteApplies(answers, lender.kind)) steps.push("stay_reachable");
  const level = estimate.likelihood.level;
  if (estimate.timing.phase === "in" || level === "moderate" || level === "high" || level === "very_high") steps.push("door");
  if (isPastLimitation(answers.days)) steps.push("old_debt");
  if (estimate.timing.phase === "after") steps.push("court_papers");
  if (creditorMayDiffer(lender, estimate)) steps.push("verify_creditor");
  steps.push(answers.contact === "repaying" || answers.contact === "negotiating" ? "keep_plan" : "negotiate");
  if (estimate.stage.id !== "reminder") steps.push("check_legal");
  steps.push("scams", "rights");
  return [...new Set(steps)].slice(0, MAX_STEPS);
}
