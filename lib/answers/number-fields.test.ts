import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "./parse";
import { numberFieldError } from "./number-fields";

const errorFromParse = (field: "days" | "amount", raw: string) => {
  const result = parseAnswers({ lender: "haier", contact: "ignoring", days: "1", amount: "1", [field]: raw });
  return result.ok ? null : (result.errors.find((e) => e.path === field)?.code ?? null);
};

describe("numberFieldError (the browser's check)", () => {
  it.each([
    ["days", "45", null],
    ["days", "3651", "too_large"],
    ["days", "-1", "too_small"],
    ["days", "1.5", "not_integer"],
    ["days", "abc", "invalid_number"],
    ["amount", "2万", null],
    ["amount", "0", "too_small"],
    ["amount", "", "required"],
  ] as const)("%s %j → %s", (field, raw, expected) => {
    expect(numberFieldError(field, raw)).toBe(expected);
  });

  it("always agrees with the server-side schema", () => {
    const typed = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -100, max: 20_000_000 }).map(String), fc.constantFrom("1,000", "１５", "30天", "1.5万", "1e3"));
    fc.assert(
      fc.property(fc.constantFrom("days" as const, "amount" as const), typed, (field, raw) => {
        expect(numberFieldError(field, raw)).toBe(errorFromParse(field, raw));
      }),
      { numRuns: 500 },
    );
  });
});
