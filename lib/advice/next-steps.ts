import type { Answers } from "../answers";
import type { Estimate } from "../rules";

export const NEXT_STEP_IDS = [
  "door",
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
  door: "/guide/door",
  verify_creditor: "/guide/negotiate",
  negotiate: "/guide/negotiate",
  keep_plan: "/guide/negotiate",
  check_legal: "/guide/legal-check",
  scams: "/guide/scams",
  rights: "/guide/rights",
  credit_report: "/guide/rights",
};

// Lenders whose debt is often made, collected or owned by someone else than the name the borrower knows:
// a matching brand (融易分期), a renamed company that sold bad-loan packages (捷信), loan-facilitation
// platforms whose loans are funded by partner banks or finance companies, and any unlisted platform.
const CREDITOR_UNCLEAR = new Set<Answers["lender"]>(["rongyi", "homecredit", "360jietiao", "fenqile", "pingan-puhui", "other-online"]);

const MAX_STEPS = 3;

/** The two or three most useful next steps for this situation, most urgent first. */
export function nextSteps(answers: Answers, estimate: Estimate): NextStepId[] {
  if (estimate.stage.id === "not_overdue") return ["credit_report", "negotiate", "rights"];
  const steps: NextStepId[] = [];
  const level = estimate.likelihood.level;
  if (estimate.timing.alreadyInWindow || level === "moderate" || level === "high" || level === "very_high") steps.push("door");
  if (CREDITOR_UNCLEAR.has(answers.lender)) steps.push("verify_creditor");
  steps.push(answers.contact === "repaying" || answers.contact === "negotiating" ? "keep_plan" : "negotiate");
  if (estimate.stage.id !== "reminder") steps.push("check_legal");
  steps.push("scams", "rights");
  return [...new Set(steps)].slice(0, MAX_STEPS);
}
