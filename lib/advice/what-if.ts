import { DAYS_MAX, type Answers } from "../answers";

export const WHAT_IF_IDS = ["negotiate", "repay", "partial", "later"] as const;
export type WhatIfId = (typeof WHAT_IF_IDS)[number];

export interface WhatIf {
  readonly id: WhatIfId;
  readonly answers: Answers;
}

const LATER_DAYS = 30;

/** One-answer changes worth showing for this situation; each differs from the current answers. */
export function whatIfs(answers: Answers): WhatIf[] {
  if (answers.days === 0) return [{ id: "later", answers: { ...answers, days: LATER_DAYS } }];
  const out: WhatIf[] = [];
  if (answers.contact === "ignoring" || answers.contact === "unreachable") {
    out.push({ id: "negotiate", answers: { ...answers, contact: "negotiating" } });
  }
  if (answers.contact !== "repaying") out.push({ id: "repay", answers: { ...answers, contact: "repaying" } });
  if (!answers.partial) out.push({ id: "partial", answers: { ...answers, partial: true } });
  if (answers.days < DAYS_MAX) {
    out.push({ id: "later", answers: { ...answers, days: Math.min(DAYS_MAX, answers.days + LATER_DAYS) } });
  }
  return out;
}
