import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "@/lib/answers";
import { amountArb, answersArb, daysArb } from "@/lib/testing/arbitraries";
import { FACTOR_IDS, LENDER_IDS, LEVELS, STAGE_IDS } from "./ids";
import { estimate, levelFor, RULES_VERSION } from "./model";
import { LEVEL_FLOORS, SCORE_STEP, STAGES } from "./weights";

const RUNS = { numRuns: 1000 };
const level = (a: Answers) => LEVELS.indexOf(estimate(a).likelihood.level);
const score = (a: Answers) => estimate(a).likelihood.score;

/** Reference implementation of the documented stage boundaries, for the stage test. */
function expectedStage(days: number) {
  if (days === 0) return "not_overdue";
  if (days <= 7) return "reminder";
  if (days <= 30) return "intensive";
  if (days <= 90) return "outsourced";
  return "legal";
}

describe("estimate invariants", () => {
  it("is total over valid answers and deterministic", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const first = estimate(a);
        expect(estimate(structuredClone(a))).toStrictEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toStrictEqual(first);
        expect(first.rulesVersion).toBe(RULES_VERSION);
      }),
      RUNS,
    );
  });

  it("keeps the score in [0, 1] on the coarse step, with a level that matches it", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { score: s, level: l } = estimate(a).likelihood;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(Math.abs(s / SCORE_STEP.value - Math.round(s / SCORE_STEP.value))).toBeLessThan(1e-9);
        expect(l).toBe(levelFor(s));
      }),
      RUNS,
    );
  });

  it("maps scores to levels by the documented thresholds", () => {
    expect(LEVEL_FLOORS.map((f) => [f.level, f.from.value])).toEqual([
      ["low", 0.1],
      ["moderate", 0.3],
      ["high", 0.6],
      ["very_high", 0.8],
    ]);
    expect([0, 0.05, 0.1, 0.25, 0.3, 0.55, 0.6, 0.75, 0.8, 0.95, 1].map(levelFor)).toEqual([
      "very_low",
      "very_low",
      "low",
      "low",
      "moderate",
      "moderate",
      "high",
      "high",
      "very_high",
      "very_high",
      "very_high",
    ]);
    expect(levelFor(0.1 + 0.2)).toBe("moderate"); // 0.30000000000000004 stays moderate
  });

  it("never decreases as days overdue grow", () => {
    fc.assert(
      fc.property(answersArb, daysArb, daysArb, (a, d1, d2) => {
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(score({ ...a, days: hi })).toBeGreaterThanOrEqual(score({ ...a, days: lo }));
        expect(level({ ...a, days: hi })).toBeGreaterThanOrEqual(level({ ...a, days: lo }));
      }),
      RUNS,
    );
  });

  it("never decreases as the amount grows", () => {
    fc.assert(
      fc.property(answersArb, amountArb, amountArb, (a, m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(score({ ...a, amount: hi })).toBeGreaterThanOrEqual(score({ ...a, amount: lo }));
        expect(level({ ...a, amount: hi })).toBeGreaterThanOrEqual(level({ ...a, amount: lo }));
      }),
      RUNS,
    );
  });

  it("orders contact: repaying ≤ negotiating ≤ ignoring ≤ unreachable", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const scores = (["repaying", "negotiating", "ignoring", "unreachable"] as const).map((contact) => score({ ...a, contact }));
        const levels = (["repaying", "negotiating", "ignoring", "unreachable"] as const).map((contact) => level({ ...a, contact }));
        expect(scores).toEqual([...scores].sort((x, y) => x - y));
        expect(levels).toEqual([...levels].sort((x, y) => x - y));
      }),
      RUNS,
    );
  });

  it("says not_overdue and very_low at day 0, whatever else", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const e = estimate({ ...a, days: 0 });
        expect(e.stage.id).toBe("not_overdue");
        expect(e.likelihood).toEqual({ level: "very_low", score: 0 });
        expect(e.factors.map((f) => f.id)).toEqual(["not_overdue"]);
      }),
      RUNS,
    );
  });

  it("puts days in the documented stage", () => {
    expect(STAGES.map((s) => [s.id, s.fromDay.value])).toEqual([
      ["not_overdue", 0],
      ["reminder", 1],
      ["intensive", 8],
      ["outsourced", 31],
      ["legal", 91],
    ]);
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(estimate(a).stage.id).toBe(expectedStage(a.days));
      }),
      RUNS,
    );
    for (const days of [0, 1, 7, 8, 30, 31, 90, 91, 3650]) {
      expect(estimate({ lender: "other-cfc", days, amount: 1000, contact: "ignoring" }).stage.id).toBe(expectedStage(days));
    }
  });

  it("gives an ordered timing window, entered once days reach typicalFromDay", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const t = estimate(a).timing;
        expect(t.earliestDay).toBeLessThanOrEqual(t.typicalFromDay);
        expect(t.typicalFromDay).toBeLessThanOrEqual(t.typicalToDay);
        expect(t.earliestDay).toBeGreaterThan(0);
        expect(t.alreadyInWindow).toBe(a.days >= t.typicalFromDay);
      }),
      RUNS,
    );
  });

  it("never raises the score for partial repayment", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const without = { ...a };
        delete without.partial;
        expect(score({ ...without, partial: true })).toBeLessThanOrEqual(score(without));
      }),
      RUNS,
    );
  });

  it("orders the refinements as documented", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const rest = { ...a };
        delete rest.region;
        delete rest.history;
        const rural = score({ ...rest, region: "rural" });
        const city = score({ ...rest, region: "city" });
        const tier1 = score({ ...rest, region: "tier1" });
        expect(rural).toBeLessThanOrEqual(city);
        expect(city).toBeLessThanOrEqual(tier1);
        expect(score({ ...rest, region: "city" })).toBe(score(rest));
        expect(score({ ...rest, history: "first" })).toBeLessThanOrEqual(score(rest));
        expect(score(rest)).toBeLessThanOrEqual(score({ ...rest, history: "repeat" }));
      }),
      RUNS,
    );
  });

  it("never rates a remote-first lender above a neutral one at equal answers, and never at zero once outsourced", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(score({ ...a, lender: "weilidai" })).toBeLessThanOrEqual(score({ ...a, lender: "other-cfc" }));
        if (a.days >= 31) expect(score({ ...a, lender: "weilidai" })).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("reports factors that add up to the score", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const e = estimate(a);
        let total = 0;
        for (const f of e.factors) {
          expect(FACTOR_IDS).toContain(f.id);
          expect(f.weight).toBeGreaterThanOrEqual(0);
          total += f.effect === "raises" ? f.weight : -f.weight;
        }
        // Each weight is rounded to 0.01 and the score to 0.05.
        expect(Math.abs(total - e.likelihood.score)).toBeLessThanOrEqual(0.025 + 0.005 * e.factors.length + 1e-9);
        expect(e.factors[0]?.id).toMatch(/^(not_overdue|stage_)/);
      }),
      RUNS,
    );
  });

  it("can report every factor id, and each always in its one direction", () => {
    const seen = new Map<string, Set<string>>();
    const grid = {
      lender: ["weilidai", "other-cfc"] as const,
      days: [0, 3, 20, 60, 200],
      amount: [500, 5000, 20000, 100000, 500000],
      contact: ["repaying", "negotiating", "ignoring", "unreachable"] as const,
      extra: [{}, { region: "tier1", history: "repeat" }, { region: "rural", history: "first", partial: true }] as const,
    };
    for (const lender of grid.lender)
      for (const days of grid.days)
        for (const amount of grid.amount)
          for (const contact of grid.contact)
            for (const extra of grid.extra)
              for (const f of estimate({ lender, days, amount, contact, ...extra }).factors) {
                seen.set(f.id, (seen.get(f.id) ?? new Set()).add(f.effect));
              }
    expect([...seen.keys()].sort()).toEqual([...FACTOR_IDS].sort());
    for (const [id, effects] of seen) expect(effects.size, id).toBe(1);
  });

  it("exports the documented id lists", () => {
    expect(STAGE_IDS).toEqual(["not_overdue", "reminder", "intensive", "outsourced", "legal"]);
    expect(LEVELS).toEqual(["very_low", "low", "moderate", "high", "very_high"]);
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    for (const id of LENDER_IDS) expect(estimate({ lender: id, days: 45, amount: 20000, contact: "ignoring" }).lender.id).toBe(id);
  });
});
