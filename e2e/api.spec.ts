import fc from "fast-check";
import { LENDER_IDS } from "../lib/rules/ids";
import { expect, test } from "./fixtures";

const VALID = "days=45&amount=20000&contact=ignoring";

test.describe("GET /api/v1/estimate", () => {
  test("answers 200 with input and estimate for every lender, with open CORS and a cacheable response", async ({ request }) => {
    for (const lender of LENDER_IDS) {
      const response = await request.get(`/api/v1/estimate?lender=${lender}&${VALID}`);
      expect(response.status(), lender).toBe(200);
      const headers = response.headers();
      expect(headers["content-type"]).toContain("application/json");
      expect(headers["access-control-allow-origin"]).toBe("*");
      expect(headers["cache-control"]).toMatch(/public/);
      expect(headers["set-cookie"]).toBeUndefined();
      const body = await response.json();
      expect(body.input).toEqual({ lender, days: 45, amount: 20000, contact: "ignoring" });
      expect(["very_low", "low", "moderate", "high", "very_high"]).toContain(body.likelihood.level);
      expect(body.likelihood.score).toBeGreaterThanOrEqual(0);
      expect(body.likelihood.score).toBeLessThanOrEqual(1);
      expect(body.lender.id).toBe(lender);
      expect(body.lender.sources.length).toBeGreaterThan(0);
      expect(typeof body.rulesVersion).toBe("string");
    }
  });

  test("answers 400 with stable issue paths for invalid input", async ({ request }) => {
    const response = await request.get("/api/v1/estimate?lender=nobody&days=-1&amount=abc");
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(["lender", "days", "amount", "contact"]);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
  });

  test("answers the CORS preflight", async ({ request }) => {
    const response = await request.fetch("/api/v1/estimate", { method: "OPTIONS" });
    expect(response.status()).toBe(204);
    expect(response.headers()["access-control-allow-methods"]).toContain("GET");
  });

  test("no query string of any kind produces a 5xx (bounded fuzz over HTTP)", async ({ request }) => {
    const hostile = [
      "",
      "lender=weilidai&lender=haier&days=1&days=2&amount=3&contact=repaying",
      "days=%ZZ&amount=%E4%B8",
      "lender=%00&days=%F0%9F%92%A5&amount=１２３&contact=<script>alert(1)</script>",
      "lender='%20OR%201=1--&days=1e308&amount=Infinity&contact=__proto__",
      "__proto__[x]=1&constructor=1&lender[]=a",
      `amount=${"9".repeat(4000)}`,
      "lender=weilidai&days=45&amount=20000&contact=ignoring&" + "x=1&".repeat(500),
    ];
    const random = fc.sample(
      fc.dictionary(fc.constantFrom("lender", "days", "amount", "contact", "region", "partial", "zz"), fc.string({ unit: "binary", maxLength: 40 }), {
        maxKeys: 6,
      }),
      { numRuns: 60, seed: 20261125 },
    );
    const queries = [...hostile, ...random.map((d) => new URLSearchParams(d).toString())];
    for (const query of queries) {
      const response = await request.get(`/api/v1/estimate?${query}`);
      expect(response.status(), query.slice(0, 80)).toBeLessThan(500);
    }
  });
});
