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

/**
 * Why the letter admits no figure: the limitation period (3 years; a written promise or a partial payment
 * restarts it; after it has run, agreeing to pay gives up the defence). Its length is a legal figure (data).
 */
export const LIMITATION_CITES = ["civil-code-limitation"] as const satisfies Cites;
