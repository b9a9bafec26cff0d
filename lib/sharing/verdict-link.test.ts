import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimate, LEVELS } from "../rules";
import { hasWindow, parseVerdict, serializeVerdict, verdictOf, type Verdict } from "./verdict-link";

const fromQuery = (q: string) => Object.fromEntries(new URLSearchParams(q));

describe("verdict-only link", () => {
  it("round-trips every valid verdict", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS), fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 3650 }), (level, a, b) => {
        const verdict: Verdict = { level, from: Math.min(a, b), to: Math.max(a, b) };
        expect(parseVerdict(fromQuery(serializeVerdict(verdict)))).toEqual(verdict);
      }),
    );
  });

  it("carries nothing but the level and the window", () => {
    expect(Object.keys(fromQuery(serializeVerdict({ level: "high", from: 31, to: 90 })))).toEqual(["level", "from", "to"]);
  });

  it.each([
    { level: "certain", from: "1", to: "2" },
    { level: "high", from: "90", to: "31" },
    { level: "high", from: "-1", to: "31" },
    { level: "high", from: "1.5", to: "31" },
    { level: "high" },
    { level: "high", from: "", to: "31" },
    { level: "high", from: "+5", to: "31" },
  ])("rejects %o", (input) => {
    expect(parseVerdict(input)).toBeNull();
  });
});

describe("verdictOf", () => {
  it("shares no visit window when nothing is overdue", () => {
    const verdict = verdictOf(estimate({ lender: "haier", days: 0, amount: 5000, contact: "repaying" }));
    expect(verdict).toEqual({ level: "very_low", phase: "not_overdue", from: 0, to: 0 });
    expect(hasWindow(verdict)).toBe(false);
  });

  it("shares the lender's typical window once overdue", () => {
    const e = estimate({ lender: "haier", days: 40, amount: 5000, contact: "ignoring" });
    expect(verdictOf(e)).toEqual({ level: e.likelihood.level, phase: e.timing.phase, from: e.timing.typicalFromDay, to: e.timing.typicalToDay });
  });

  it("reads links made before the phase existed, and round-trips the phase", () => {
    expect(parseVerdict({ level: "high", from: "31", to: "180" })).toEqual({ level: "high", from: 31, to: 180 });
    const v = { level: "moderate", phase: "in", from: 31, to: 180 } as const;
    expect(parseVerdict(Object.fromEntries(new URLSearchParams(serializeVerdict(v))))).toEqual(v);
    expect(parseVerdict({ level: "high", phase: "soon", from: "31", to: "180" })).toBeNull();
  });
});
