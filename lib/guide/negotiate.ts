import type { Cites } from "./citations";

/** The negotiation page: steps (no legal claim) and what a lender may offer (each cited). */
export const NEGOTIATE_STEPS = ["confirm", "proof", "plan", "writing", "official"] as const;

export const NEGOTIATE_OFFERS = [
  { id: "card", cites: ["credit-card-measures-2011-70"] },
  // Lenders' own hardship plans: practice, not a rule, and the text says so.
  { id: "other", cites: [] },
  { id: "interest", cites: ["spc-2017-22"] },
] as const satisfies readonly { id: string; cites: Cites }[];

/** The first step also rests on debt assignment needing notice. */
export const NEGOTIATE_STEP_CITES: Partial<Record<(typeof NEGOTIATE_STEPS)[number], Cites>> = {
  confirm: ["civil-code-545-546"],
};
