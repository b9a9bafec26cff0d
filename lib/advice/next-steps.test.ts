import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTACT_VALUES, LENDER_IDS, type Answers } from "../answers";
import { estimate } from "../rules";
import { NEXT_STEP_IDS, NEXT_STEP_PATHS, nextSteps } from "./next-steps";

const base: Answers = { lender: "haier", days: 45, amount: 20_000, contact: "ignoring" };
const stepsFor = (a: Answers) => nextSteps(a, estimate(a));

describe("nextSteps", () => {
  it("before anything is overdue, talks about keeping the credit report clean", () => {
    expect(stepsFor({ ...base, days: 0 })[0]).toBe("credit_report");
  });

  it("puts the door screen first once a visit is plausible", () => {
    expect(stepsFor({ ...base, days: 100, amount: 300_000, contact: "unreachable" })[0]).toBe("door");
  });

  it("asks to confirm the real creditor for a matching brand or a renamed lender", () => {
    expect(stepsFor({ ...base, lender: "rongyi", days: 5 })).toContain("verify_creditor");
    expect(stepsFor({ ...base, lender: "homecredit", days: 5 })).toContain("verify_creditor");
    expect(stepsFor({ ...base, lender: "haier", days: 5 })).not.toContain("verify_creditor");
  });

  it("tells an unreachable card holder to stay reachable first, and never a borrower of another loan", () => {
    expect(stepsFor({ ...base, lender: "credit-card", days: 20, contact: "unreachable" })[0]).toBe("stay_reachable");
    expect(stepsFor({ ...base, lender: "other-cfc", days: 20, contact: "unreachable" })).not.toContain("stay_reachable");
  });

  it("past the usual window, points to court papers; for a debt older than the limitation period, to advice first", () => {
    expect(stepsFor({ ...base, days: 400 })).toContain("court_papers");
    expect(stepsFor({ ...base, days: 2000 })).toContain("old_debt");
    expect(stepsFor({ ...base, days: 100 })).not.toContain("old_debt");
  });

  it("asks to verify the creditor for a sold debt, whatever the days", () => {
    expect(stepsFor({ ...base, lender: "asset-manager", days: 300, contact: "negotiating" })).toContain("verify_creditor");
  });

  it("suggests negotiating to someone not responding, and keeping the plan to someone repaying", () => {
    expect(stepsFor({ ...base, days: 10, contact: "ignoring" })).toContain("negotiate");
    expect(stepsFor({ ...base, days: 10, contact: "repaying" })).toContain("keep_plan");
    expect(stepsFor({ ...base, days: 10, contact: "repaying" })).not.toContain("negotiate");
  });

  it("gives two or three distinct known steps, each with a guide page, for every situation", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LENDER_IDS),
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom(...CONTACT_VALUES),
        (lender, days, amount, contact) => {
          const steps = stepsFor({ lender, days, amount, contact });
          expect(steps.length).toBeGreaterThanOrEqual(2);
          expect(steps.length).toBeLessThanOrEqual(3);
          expect(new Set(steps).size).toBe(steps.length);
          for (const step of steps) {
            expect(NEXT_STEP_IDS).toContain(step);
            expect(NEXT_STEP_PATHS[step]).toMatch(/^\/guide\//);
          }
        },
      ),
    );
  });
});
