import { describe, expect, it } from "vitest";
import { getSource } from "@/lib/sources";
import { hansProblems, hantProblems } from "@/lib/testing/chinese-script";
import { LENDER_IDS, LENDER_KINDS } from "./ids";
import { getLender, LENDERS } from "./lenders";
import * as weights from "./weights";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CONFIDENCE = ["low", "medium", "high"];

/** Every object with a `value` key anywhere in the rules data, with where it was found. */
function paramsIn(data: unknown, path = "rules"): [string, Record<string, unknown>][] {
  if (data === null || typeof data !== "object") return [];
  const found: [string, Record<string, unknown>][] = [];
  if ("value" in data) found.push([path, data as Record<string, unknown>]);
  for (const [key, child] of Object.entries(data)) if (key !== "value") found.push(...paramsIn(child, `${path}.${key}`));
  return found;
}

const allParams = [...paramsIn(weights, "weights"), ...paramsIn(LENDERS, "lenders")];

describe("rules data sources", () => {
  it("finds the parameters it checks", () => {
    expect(allParams.length).toBeGreaterThan(40);
  });

  it.each(allParams)("%s has sources that exist, an asOf date and a confidence", (_path, p) => {
    expect(Array.isArray(p.source)).toBe(true);
    const ids = p.source as unknown[];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(getSource(String(id)), String(id)).toBeDefined();
    expect(p.asOf).toMatch(DATE);
    expect(CONFIDENCE).toContain(p.confidence);
    expect(typeof p.value === "number" && Number.isFinite(p.value)).toBe(true);
  });

  it("holds seed claims at low confidence", () => {
    for (const [path, p] of allParams) {
      const citesSeed = (p.source as string[]).some((id) => getSource(id)?.kind === "seed");
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
    for (const text of [l.nameHans, l.nameHant, l.practiceHans, l.practiceHant]) expect(text.trim()).not.toBe("");
    expect(hantProblems(l.nameHant), l.nameHant).toEqual([]);
    expect(hantProblems(l.practiceHant), l.practiceHant).toEqual([]);
    expect(hansProblems(l.nameHans + l.practiceHans), l.practiceHans).toEqual([]);
    for (const id of l.sources) expect(getSource(id), id).toBeDefined();
  });

  it.each(LENDERS.map((l) => [l.id, l] as const))("%s: parameters within what the model supports", (_id, l) => {
    const { visitPropensity, typicalFromDay } = l.params;
    // Raising would need its own factor id and a source showing more visits (see types.ts).
    expect(visitPropensity.value).toBeGreaterThan(0);
    expect(visitPropensity.value).toBeLessThanOrEqual(1);
    expect(Number.isInteger(typicalFromDay.value)).toBe(true);
    expect(typicalFromDay.value).toBeGreaterThanOrEqual(1);
  });

  it("never says a lender does not visit: weilidai is lowered, not ruled out", () => {
    const w = getLender("weilidai");
    expect(w.params.visitPropensity.value).toBeGreaterThanOrEqual(0.5);
    expect(w.sources).toContain("media-fake-lawyer-visit-2025-11");
    expect(w.practiceHans).toContain("320");
  });
});
