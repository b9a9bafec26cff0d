import { describe, expect, it } from "vitest";
import { getSource } from "@/lib/sources";
import { hansProblems, hantProblems } from "@/lib/testing/chinese-script";
import { LENDER_IDS, LENDER_KINDS } from "./ids";
import { getLender, LENDERS } from "./lenders";
import { KIND_RULES } from "./kinds";
import * as weights from "./weights";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CONFIDENCE = ["low", "medium", "high"];

/** Every parameter (an object with an `asOf` date) anywhere in the rules data, with where it was found. */
function paramsIn(data: unknown, path = "rules"): [string, Record<string, unknown>][] {
  if (data === null || typeof data !== "object") return [];
  const found: [string, Record<string, unknown>][] = [];
  if ("asOf" in data) found.push([path, data as Record<string, unknown>]);
  for (const [key, child] of Object.entries(data)) if (key !== "value") found.push(...paramsIn(child, `${path}.${key}`));
  return found;
}

const allParams = [...paramsIn(weights, "weights"), ...paramsIn(KIND_RULES, "kinds"), ...paramsIn(LENDERS, "lenders")];

describe("rules data sources", () => {
  it("finds the parameters it checks", () => {
    expect(allParams.length).toBeGreaterThan(40);
  });

  it.each(allParams)("%s has sources that exist, an asOf date and a confidence", (_path, p) => {
    expect(Array.isArray(p.source)).toBe(true);
    const ids = p.source as unknown[];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(() => getSource(String(id) as never), String(id)).not.toThrow();
    expect(p.asOf).toMatch(DATE);
    expect(CONFIDENCE).toContain(p.confidence);
    expect(typeof p.value === "number" && Number.isFinite(p.value)).toBe(true);
    expect(["source", "judgement"]).toContain(p.basis);
    expect(String(p.note).length, "every figure says why").toBeGreaterThan(5);
  });

  it("marks a figure as resting on a source only when a source other than our own judgement is cited", () => {
    for (const [path, p] of allParams) {
      const ids = p.source as string[];
      if (p.basis === "source") expect(ids.filter((id) => id !== "advisor-heuristic").length, path).toBeGreaterThan(0);
      if (p.basis === "judgement") expect(ids, path).toContain("advisor-heuristic");
    }
  });

  it("never lets a seed article carry a figure", () => {
    for (const [path, p] of allParams) for (const id of p.source as string[]) expect(getSource(id as never)?.kind, path).not.toBe("seed");
  });

  it("holds seed claims at low confidence", () => {
    for (const [path, p] of allParams) {
      const citesSeed = (p.source as string[]).some((id) => getSource(id as never)?.kind === "seed");
      if (citesSeed) expect(p.confidence, path).toBe("low");
    }
  });

  it("never states a lender figure with high confidence", () => {
    for (const [path, p] of paramsIn(LENDERS, "lenders")) expect(p.confidence, path).not.toBe("high");
  });
});

describe("lenders", () => {
  it("has exactly one entry per lender id", () => {
    expect(LENDERS.map((l) => l.id).sort()).toEqual([...LENDER_IDS].sort());
    for (const id of LENDER_IDS) expect(getLender(id).id).toBe(id);
  });

  it("includes the seed lenders, ten others and the generic choices", () => {
    const seeds = ["rongyi", "homecredit", "haier", "weilidai"];
    const generic = ["bank-loan", "other-cfc", "other-online", "small-loan", "asset-manager"];
    for (const id of [...seeds, ...generic]) expect(LENDER_IDS).toContain(id);
    expect(LENDER_IDS.filter((id) => !seeds.includes(id) && !generic.includes(id)).length).toBeGreaterThanOrEqual(10);
  });

  it.each(LENDERS.map((l) => [l.id, l] as const))("%s: names and practice in both scripts, real Traditional", (_id, l) => {
    expect(LENDER_KINDS).toContain(l.kind);
    for (const text of [l.name, l.practice].flatMap((t) => [t["zh-Hans"], t["zh-Hant"]])) expect(text.trim()).not.toBe("");
    expect(hantProblems(l.name["zh-Hant"]), l.name["zh-Hant"]).toEqual([]);
    expect(hantProblems(l.practice["zh-Hant"]), l.practice["zh-Hant"]).toEqual([]);
    expect(hansProblems(l.name["zh-Hans"] + l.practice["zh-Hans"]), l.practice["zh-Hans"]).toEqual([]);
    for (const id of l.sources) expect(() => getSource(id), id).not.toThrow();
  });

  it.each(LENDERS.map((l) => [l.id, l] as const))("%s: parameters within what the model supports", (_id, l) => {
    const { visitPropensity, earliestDay, typicalFromDay, typicalToDay } = l.rules;
    // Raising would need its own factor id and a source showing more visits (see types.ts).
    expect(visitPropensity.value).toBeGreaterThan(0);
    expect(visitPropensity.value).toBeLessThanOrEqual(1);
    expect(Number.isInteger(typicalFromDay.value)).toBe(true);
    expect(earliestDay.value).toBeGreaterThanOrEqual(1);
    expect(earliestDay.value).toBeLessThan(typicalFromDay.value);
    expect(typicalFromDay.value).toBeLessThan(typicalToDay.value);
    // More days must never lower the estimate in the first half year, so no window ends before day 180.
    expect(typicalToDay.value).toBeGreaterThanOrEqual(180);
  });

  it("takes timing and propensity from the kind, and a lender's own propensity only where sourced", () => {
    for (const l of LENDERS) {
      const kind = KIND_RULES[l.kind];
      expect(l.rules.typicalFromDay).toBe(kind.typicalFromDay);
      if (l.rules.ownPropensity) expect(l.rules.visitPropensity.basis).toBe("source");
      else expect(l.rules.visitPropensity).toBe(kind.visitPropensity);
    }
  });

  it("has a record for every kind, and the generic entries the design lists", () => {
    for (const kind of LENDER_KINDS) expect(LENDERS.some((l) => l.kind === kind), kind).toBe(true);
    expect(getLender("credit-card").kind).toBe("credit_card");
    expect(getLender("weilidai").kind).toBe("bank_loan");
    expect(getLender("bank-loan").kind).toBe("bank_loan");
    expect(getLender("rongyi").kind).toBe("matching_brand");
    expect(getLender("rongyi").creditor).toBe("in_contract");
    expect(getLender("small-loan").kind).toBe("small_loan");
    expect(getLender("asset-manager").kind).toBe("asset_manager");
  });

  it("never says a lender does not visit: weilidai is lowered, not ruled out", () => {
    const w = getLender("weilidai");
    expect(w.rules.visitPropensity.value).toBeGreaterThanOrEqual(0.5);
    expect(w.sources).toContain("media-fake-lawyer-visit-2025-11");
    expect(w.practice["zh-Hans"]).toContain("320");
  });
});
