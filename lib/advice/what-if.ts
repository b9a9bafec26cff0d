import { DAYS_MAX, type Answers } from "../answers";
import { estimate } from "../rules";

export const WHAT_IF_IDS = ["negotiate", "repay", "partial", "later"] as const;
export type WhatIfId = (typeof WHAT_IF_IDS)[number];

export interface WhatIf {
  readonly id: WhatIfId;
  readonly answers: Answers;
}

/** The "if nothing changes for another month" what-if: a figure the link text states. */
export const LATER_DAYS = 30;

/** One-answer changes worth showing for this situation; each differs from the current answers. */
export function whatIfs(answers: Answers): WhatIf[] {
  if (answers.days === 0) return [{ id: "later", answers: { ...answers, days: LATER_DAYS } }];
  const out: WhatIf[] = [];
  if (answers.contact === "ignoring" || answers.contact === "unreachable") {
    out.push({ id: "negotiate", answers: { ...answers, contact: "negotiating" } });
  }
  if (answers.contact !== "repaying") out.push({ id: "repay", answers: { ...answers, contact: "repaying" } });
  if (!answers.partial) out.push({ id: "partial", answers: { ...answers, partial: true } });
  // "If nothing changes for another month" warns of what waiting does; past the usual window the estimate
  // falls slowly, and a lower level there must not read as advice to wait, so it is not offered.
  const later: Answers = { ...answers, days: Math.min(DAYS_MAX, answers.days + LATER_DAYS) };
  if (answers.days < DAYS_MAX && estimate(later).likelihood.score > estimate(answers).likelihood.score) out.push({ id: "later", answers: later });
  return out;
}
