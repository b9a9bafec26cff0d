import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTACT_VALUES, LENDER_IDS, parseAnswers, serializeAnswers, type Answers } from "../answers";
import { estimate } from "../rules";
import { whatIfs } from "./what-if";

const base: Answers = { lender: "other-cfc", days: 60, amount: 60_000, contact: "unreachable" };

describe("whatIfs", () => {
  it("offers negotiating, repaying, partial repayment and waiting to someone unreachable", () => {
    expect(whatIfs({ ...base, days: 20 }).map((w) => w.id)).toEqual(["negotiate", "repay", "partial", "later"]);
  });

  it("does not offer what is already true", () => {
    const ids = whatIfs({ ...base, days: 20, contact: "repaying", partial: true }).map((w) => w.id);
    expect(ids).toEqual(["later"]);
  });

  it("offers waiting only where waiting raises the estimate (never as a way to lower it)", () => {
    expect(whatIfs({ ...base, days: 400 }).map((w) => w.id)).not.toContain("later");
  });

  it("never lowers the estimate by waiting, never raises it by negotiating or paying", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LENDER_IDS),
        fc.integer({ min: 1, max: 3650 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom(...CONTACT_VALUES),
        (lender, days, amount, contact) => {
          const answers: Answers = { lender, days, amount, contact };
          const now = estimate(answers).likelihood.score;
          for (const variant of whatIfs(answers)) {
            // Each variant is a valid, shareable answer set that differs from the current one.
            const reparsed = parseAnswers(new URLSearchParams(serializeAnswers(variant.answers)));
            expect(reparsed.ok).toBe(true);
            expect(variant.answers).not.toEqual(answers);
            const then = estimate(variant.answers).likelihood.score;
            if (variant.id === "later") expect(then).toBeGreaterThan(now);
            else expect(then).toBeLessThanOrEqual(now);
          }
        },
      ),
    );
  });

  it("at day 0 only shows what happens after 30 days", () => {
    expect(whatIfs({ ...base, days: 0 })).toEqual([{ id: "later", answers: { ...base, days: 30 } }]);
  });
});
