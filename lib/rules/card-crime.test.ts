import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersArb } from "@/lib/testing/arbitraries";
import { CARD_CRIME, cardCrimeNoteApplies } from "./card-crime";
import { LENDER_KINDS } from "./ids";
import { getLender } from "./lenders";

const kindOf = (id: Parameters<typeof getLender>[0]) => getLender(id).kind;

describe("the credit-card criminal note", () => {
  it("applies to a card debt whose holder is unreachable, from the first day overdue", () => {
    expect(cardCrimeNoteApplies({ days: 1, amount: 1_000, contact: "unreachable" }, "credit_card")).toBe(true);
  });

  it("applies to a reachable card holder only at the prosecutable amount and past three months", () => {
    const amount = CARD_CRIME.amountYuan.value;
    const after = CARD_CRIME.fromDays.value + 1;
    expect(cardCrimeNoteApplies({ days: after, amount, contact: "ignoring" }, "credit_card")).toBe(true);
    expect(cardCrimeNoteApplies({ days: after, amount: amount - 1, contact: "ignoring" }, "credit_card")).toBe(false);
    expect(cardCrimeNoteApplies({ days: after - 1, amount, contact: "ignoring" }, "credit_card")).toBe(false);
  });

  it("never applies to other loans, or before anything is overdue", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const applies = cardCrimeNoteApplies(a, kindOf(a.lender));
        if (kindOf(a.lender) !== "credit_card" || a.days === 0) expect(applies).toBe(false);
      }),
    );
    for (const kind of LENDER_KINDS.filter((k) => k !== "credit_card")) {
      expect(cardCrimeNoteApplies({ days: 400, amount: 1_000_000, contact: "unreachable" }, kind)).toBe(false);
    }
  });

  it("takes its figures from the judicial interpretation", () => {
    expect(CARD_CRIME.amountYuan.value).toBe(50_000);
    expect(CARD_CRIME.amountYuan.source).toContain("card-crime-interpretation-2018");
    expect(CARD_CRIME.unpaidMonths.basis).toBe("source");
  });
});
