import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANSWER_KEYS, ERROR_CODES, LENDER_IDS, serializeAnswers } from "@/lib/answers";
import { RULES_VERSION } from "@/lib/rules";
import { answersArb, nastyStringArb } from "@/lib/testing/arbitraries";
import { RULES_CACHE_CONTROL } from "@/lib/http/rules-cache";
import { estimateResponse } from "./estimate-response";

const respond = (query: string) => estimateResponse(new URLSearchParams(query));

/** Every response must be a 200 or a 400 with a JSON body of the documented shape. */
function expectWellFormed(query: URLSearchParams) {
  const r = estimateResponse(query);
  expect([200, 400]).toContain(r.status);
  expect(r.headers["Content-Type"]).toBe("application/json; charset=utf-8");
  expect(r.headers["Access-Control-Allow-Origin"]).toBe("*");
  const body = JSON.parse(JSON.stringify(r.body)) as Record<string, unknown>;
  if (r.status === 400) {
    const error = body.error as { code: string; issues: { path: string; message: string }[] };
    expect(error.code).toBe("invalid_input");
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(ANSWER_KEYS).toContain(issue.path);
      expect(ERROR_CODES).toContain(issue.message.split(":")[0]);
    }
  } else {
    expect(body.rulesVersion).toBe(RULES_VERSION);
  }
}

describe("estimateResponse", () => {
  it("answers 200 with the input and the estimate, cacheable", () => {
    const r = respond("lender=haier&days=45&amount=20000&contact=ignoring&utm_source=x");
    expect(r.status).toBe(200);
    expect(r.headers).toEqual({
      "Content-Type": "application/json; charset=utf-8",
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": RULES_CACHE_CONTROL,
      ETag: `"rules-${RULES_VERSION}"`,
    });
    expect(r.body).toMatchObject({
      input: { lender: "haier", days: 45, amount: 20000, contact: "ignoring" },
      likelihood: { level: expect.any(String), score: expect.any(Number), horizonDays: 14 },
      timing: { earliestDay: 16, typicalFromDay: 31, typicalToDay: 180, phase: "in", alreadyInWindow: true },
      stage: { id: "outsourced" },
      lender: { id: "haier", kind: "consumer_finance", sources: expect.arrayContaining([expect.objectContaining({ title: { "zh-Hans": expect.any(String), "zh-Hant": expect.any(String) } })]) },
      rulesVersion: RULES_VERSION,
    });
  });

  it("answers 304 when the client already holds this rules version, and 200 for an older one", () => {
    const query = new URLSearchParams("lender=haier&days=45&amount=20000&contact=ignoring");
    expect(estimateResponse(query, `"rules-${RULES_VERSION}"`).status).toBe(304);
    expect(estimateResponse(query, `W/"rules-${RULES_VERSION}", "x"`).status).toBe(304);
    expect(estimateResponse(query, `"rules-2000-01-01.1"`).status).toBe(200);
  });

  it("accepts the old bank-card id as bank-loan, so old links still work", () => {
    const r = respond("lender=bank-card&days=45&amount=20000&contact=ignoring");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ input: { lender: "bank-loan" }, lender: { id: "bank-loan", kind: "bank_loan" } });
  });

  it("answers 400 with stable codes and short explanations", () => {
    const r = respond("lender=nobody&days=1.5&amount=0");
    expect(r.status).toBe(400);
    expect(r.headers["Cache-Control"]).toMatch(/max-age=\d+/);
    expect(r.body).toEqual({
      error: {
        code: "invalid_input",
        issues: [
          { path: "lender", message: "invalid_choice: not one of the allowed values" },
          { path: "days", message: "not_integer: must be a whole number" },
          { path: "amount", message: "too_small: below the allowed minimum (days 0, amount 1)" },
          { path: "contact", message: "required: this field is required" },
        ],
      },
    });
  });

  it.each(LENDER_IDS)("answers 200 for lender %s", (lender) => {
    for (const days of [0, 15, 45, 200]) {
      const r = respond(`lender=${lender}&days=${days}&amount=20000&contact=unreachable`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ lender: { id: lender } });
    }
  });

  it("answers 200 for every valid serialized answer", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = respond(serializeAnswers(a));
        expect(r.status).toBe(200);
        expect(r.body).toMatchObject({ input: a });
      }),
      { numRuns: 300 },
    );
  });

  it("never fails on random query strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (q) => expectWellFormed(new URLSearchParams(q))),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.webQueryParameters(), (q) => expectWellFormed(new URLSearchParams(q))), { numRuns: 300 });
  });

  it("never fails on hostile values, repeated keys and unknown keys", () => {
    const key = fc.oneof(fc.constantFrom(...ANSWER_KEYS), fc.constantFrom("__proto__", "constructor", "lender[]", ""), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(key, nastyStringArb), { maxLength: 12 }), (pairs) => {
        const query = new URLSearchParams();
        for (const [k, v] of pairs) query.append(k, v);
        expectWellFormed(query);
      }),
      { numRuns: 500 },
    );
  });

  it("never fails on a huge query", () => {
    const big = "9".repeat(1_000_000);
    expectWellFormed(new URLSearchParams({ lender: big, days: big, amount: big, contact: big, region: big, history: big, partial: big }));
    expectWellFormed(new URLSearchParams(`${"days=1&".repeat(20_000)}lender=haier&amount=1&contact=repaying`));
  });
});
