import { describe, expect, it } from "vitest";
import { getSource } from "@/lib/sources";
import { estimate } from "../model";
import { CASES } from "./cases";

describe("worked cases", () => {
  it("has at least ten", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const e = estimate(c.answers);
    if (c.expect.stage) expect(e.stage.id).toBe(c.expect.stage);
    if (c.expect.levels) expect(c.expect.levels).toContain(e.likelihood.level);
    if (c.expect.phase) expect(e.timing.phase).toBe(c.expect.phase);
    if (c.expect.fromDay !== undefined) expect(e.timing.typicalFromDay).toBe(c.expect.fromDay);
    for (const id of c.expect.factors ?? []) expect(e.factors.map((f) => f.id)).toContain(id);
    if (c.lowerThan) expect(e.likelihood.score).toBeLessThan(estimate(c.lowerThan).likelihood.score);
    expect(c.sources.length).toBeGreaterThan(0);
    for (const id of c.sources) expect(() => getSource(id), id).not.toThrow();
  });
});
