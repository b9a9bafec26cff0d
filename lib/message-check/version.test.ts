import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { HANT_TO_HANS } from "./hant-map";
import { NEGATORS, MESSAGE_RULES } from "./rules";
import { MESSAGE_RULES_SHA256, MESSAGE_RULES_VERSION } from "./version";

/** Everything the matcher reads, serialised with the patterns as their source text. */
function messageRulesData(): string {
  const plain = (_key: string, value: unknown) => (value instanceof RegExp ? value.source : value);
  return JSON.stringify({ rules: MESSAGE_RULES, negators: NEGATORS, hant: HANT_TO_HANS }, plain);
}

describe("message rules version", () => {
  it("is pinned to the rules data: change a pattern or verdict, bump MESSAGE_RULES_VERSION and this hash together", () => {
    const hash = createHash("sha256").update(messageRulesData()).digest("hex");
    expect(MESSAGE_RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(hash, `message rules changed: bump MESSAGE_RULES_VERSION (now ${MESSAGE_RULES_VERSION}) and set MESSAGE_RULES_SHA256 to ${hash}`).toBe(MESSAGE_RULES_SHA256);
  });
});
