import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CARD_CRIME } from "./card-crime";
import { KIND_RULES } from "./kinds";
import { LENDERS } from "./lenders";
import { RULES_DATA_SHA256, RULES_VERSION } from "./version";
import * as weights from "./weights";

/** Everything the estimate reads, in a stable serialisation (object keys sorted). */
function rulesData(): string {
  const sortKeys = (_key: string, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : value;
  return JSON.stringify({ weights, kinds: KIND_RULES, lenders: LENDERS, cardCrime: CARD_CRIME }, sortKeys);
}

describe("rules version", () => {
  it("is pinned to the rules data: change a figure, bump RULES_VERSION and this hash together", () => {
    const hash = createHash("sha256").update(rulesData()).digest("hex");
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(hash, `rules data changed: bump RULES_VERSION (now ${RULES_VERSION}) and set RULES_DATA_SHA256 to ${hash}`).toBe(RULES_DATA_SHA256);
  });
});
