import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersArb, nastyStringArb } from "@/lib/testing/arbitraries";
import {
  ANSWER_KEYS,
  answersSchema,
  answersToSearchParams,
  CONTACT_VALUES,
  ERROR_CODES,
  HISTORY_VALUES,
  LENDER_IDS,
  parseAnswers,
  REGION_VALUES,
  serializeAnswers,
} from "./index";

const valid = { lender: "haier", days: "45", amount: "20000", contact: "ignoring" };

describe("parseAnswers", () => {
  it("parses the required answers", () => {
    expect(parseAnswers(new URLSearchParams(valid))).toStrictEqual({
      ok: true,
      answers: { lender: "haier", days: 45, amount: 20000, contact: "ignoring" },
    });
  });

  it("parses the optional refinements", () => {
    const result = parseAnswers({ ...valid, region: "rural", history: "repeat", partial: "1" });
    expect(result).toStrictEqual({
      ok: true,
      answers: { lender: "haier", days: 45, amount: 20000, contact: "ignoring", region: "rural", history: "repeat", partial: true },
    });
  });

  it("reports every missing required field as required, and keeps what was typed", () => {
    const result = parseAnswers({ days: " 12x " });
    expect(result).toStrictEqual({
      ok: false,
      errors: [
        { path: "lender", code: "required" },
        { path: "days", code: "invalid_number" },
        { path: "amount", code: "required" },
        { path: "contact", code: "required" },
      ],
      values: { days: " 12x " },
    });
  });

  it("treats empty required fields as required and empty optional ones as absent", () => {
    const result = parseAnswers({ lender: "", days: "", amount: "", contact: "", region: "", history: "", partial: "" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(["lender", "days", "amount", "contact"].map((path) => ({ path, code: "required" })));
    expect(parseAnswers({ ...valid, region: "", history: " ", partial: "" })).toStrictEqual(parseAnswers(valid));
  });

  it("rejects unknown choices with invalid_choice", () => {
    const result = parseAnswers({ lender: "acme", days: "1", amount: "1", contact: "hiding", region: "moon", history: "x", partial: "yes" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(["lender", "contact", "region", "history", "partial"].map((path) => ({ path, code: "invalid_choice" })));
  });

  it("matches choices trimmed and case-insensitively", () => {
    const result = parseAnswers({ ...valid, lender: " HAIER ", contact: "Repaying", region: "TIER1" });
    expect(result.ok && result.answers).toMatchObject({ lender: "haier", contact: "repaying", region: "tier1" });
  });

  it("accepts the usual checkbox spellings for partial", () => {
    for (const on of ["1", "on", "true"]) expect(parseAnswers({ ...valid, partial: on })).toMatchObject({ ok: true, answers: { partial: true } });
    for (const off of ["0", ""]) {
      const result = parseAnswers({ ...valid, partial: off });
      expect(result.ok && "partial" in result.answers).toBe(false);
    }
  });

  it("takes the first of repeated keys", () => {
    const query = new URLSearchParams("lender=haier&lender=weilidai&days=5&days=900&amount=100&contact=ignoring&contact=x");
    expect(parseAnswers(query)).toMatchObject({ ok: true, answers: { lender: "haier", days: 5, contact: "ignoring" } });
    expect(parseAnswers({ ...valid, days: ["7", "8"] })).toMatchObject({ ok: true, answers: { days: 7 } });
    expect(parseAnswers({ ...valid, days: [] })).toMatchObject({ ok: false, errors: [{ path: "days", code: "required" }] });
  });

  it("ignores unknown keys", () => {
    expect(parseAnswers({ ...valid, utm_source: "wechat", from: "timeline", __proto__: "x" })).toStrictEqual(parseAnswers(valid));
  });

  it("produces answers the canonical schema accepts", () => {
    const result = parseAnswers({ ...valid, region: "city" });
    expect(result.ok && answersSchema.safeParse(result.answers).success).toBe(true);
  });

  it("never throws and answers with known codes on any input", () => {
    const keyArb = fc.oneof(fc.constantFrom(...ANSWER_KEYS), fc.string());
    const valueArb = fc.oneof(nastyStringArb, fc.array(nastyStringArb, { maxLength: 3 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.dictionary(keyArb, valueArb, { maxKeys: 10 }), (input) => {
        const result = parseAnswers(input);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(ANSWER_KEYS).toContain(e.path);
            expect(ERROR_CODES).toContain(e.code);
          }
        } else {
          expect(answersSchema.safeParse(result.answers).success).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (query) => {
        parseAnswers(new URLSearchParams(query));
      }),
    );
  });
});

describe("serializeAnswers", () => {
  it("writes a short query with keys in a fixed order, optional keys only when present", () => {
    expect(serializeAnswers({ contact: "ignoring", amount: 20000, days: 45, lender: "haier" })).toBe(
      "lender=haier&days=45&amount=20000&contact=ignoring",
    );
    expect(
      serializeAnswers({ partial: true, history: "repeat", region: "rural", contact: "unreachable", amount: 1, days: 0, lender: "360jietiao" }),
    ).toBe("lender=360jietiao&days=0&amount=1&contact=unreachable&region=rural&history=repeat&partial=1");
  });

  it("round-trips: parse(serialize(x)) equals x", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(parseAnswers(new URLSearchParams(serializeAnswers(answers)))).toStrictEqual({ ok: true, answers });
        expect(parseAnswers(answersToSearchParams(answers))).toStrictEqual({ ok: true, answers });
        expect(parseAnswers(Object.fromEntries(answersToSearchParams(answers)))).toStrictEqual({ ok: true, answers });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("option lists", () => {
  it("are the documented values", () => {
    expect(CONTACT_VALUES).toEqual(["repaying", "negotiating", "ignoring", "unreachable"]);
    expect(REGION_VALUES).toEqual(["tier1", "city", "rural"]);
    expect(HISTORY_VALUES).toEqual(["first", "repeat"]);
    for (const id of ["rongyi", "homecredit", "haier", "weilidai", "bank-loan", "other-cfc", "other-online"]) expect(LENDER_IDS).toContain(id);
    expect(ERROR_CODES).toEqual(["required", "invalid_number", "not_integer", "too_small", "too_large", "invalid_choice"]);
  });

  it("keeps lender ids URL-safe, so shared links stay short and readable", () => {
    for (const id of LENDER_IDS) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});
