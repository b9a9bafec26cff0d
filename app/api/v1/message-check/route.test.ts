import { describe, expect, it, vi } from "vitest";
import { RULES_VERSION } from "@/lib/rules";
import { MESSAGE_RULES_VERSION } from "@/lib/message-check/version";
import { POST } from "./route";

function request(body: string, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/v1/message-check", { method: "POST", body, headers: { "Content-Type": "application/json", ...headers } });
}

describe("POST /api/v1/message-check", () => {
  it("answers the findings with JS string indices, null spans from the time or lender, the rules version; no-store, no CORS", async () => {
    const spies = (["log", "info", "warn", "error"] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
    const text = "😀明天上门，转到我个人账户。";
    const response = await POST(request(JSON.stringify({ text, lender: "asset-manager", receivedAt: "2026-11-30T23:10" })));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const body = (await response.json()) as { findings: { id: string; verdict: string; start: number | null; end: number | null; sources: string[] }[]; rulesVersion: string };
    expect(body.rulesVersion).toBe(`${RULES_VERSION}+mc.${MESSAGE_RULES_VERSION}`);
    expect(body.findings.map((f) => [f.id, f.verdict, f.start === null ? null : text.slice(f.start, f.end ?? 0)])).toEqual([
      ["visit_notice", "notice", "上门"],
      ["personal_account", "scam", "转到我个人"],
      ["night_contact", "illegal", null],
      ["debt_transfer", "notice", null],
    ]);
    for (const f of body.findings) expect(f.sources.length).toBeGreaterThan(0);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it("reads the lender's kind: 恶意透支 is conditional for a credit card, false for an online loan; old ids still work", async () => {
    const verdict = async (lender: string) =>
      ((await (await POST(request(JSON.stringify({ text: "已构成恶意透支", lender })))).json()) as { findings: { verdict: string }[] }).findings[0]?.verdict;
    expect(await verdict("credit-card")).toBe("conditional");
    expect(await verdict("huabei")).toBe("false");
    expect(await verdict("bank-card")).toBe("false");
  });

  it.each([
    ["not JSON", "text=hello"],
    ["no text", JSON.stringify({})],
    ["empty text", JSON.stringify({ text: "" })],
    ["text not a string", JSON.stringify({ text: 5 })],
    ["unknown lender", JSON.stringify({ text: "你好", lender: "nobody" })],
    ["bad time", JSON.stringify({ text: "你好", receivedAt: "2026-11-30 23:10" })],
    ["impossible time", JSON.stringify({ text: "你好", receivedAt: "2026-02-30T23:10" })],
    ["too many characters", JSON.stringify({ text: "催".repeat(2001) })],
    ["JSON null", "null"],
  ])("400 with the issues for %s", async (_name, body) => {
    const response = await POST(request(body));
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_input");
  });

  it("413 past the byte cap, by declared length or while reading", async () => {
    const big = JSON.stringify({ text: "x".repeat(40_000) });
    expect((await POST(request(big))).status).toBe(413);
    expect((await POST(request(big, { "Content-Length": "12" }))).status).toBe(413);
  });
});

describe("POST /api/v1/message-check on any input", () => {
  it("answers 200 or 400 (never 5xx) with JSON for arbitrary bodies and field values", async () => {
    const { default: fc } = await import("fast-check");
    const field = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constantFrom("credit-card", "bank-card", "2026-11-30T23:10", "明天上门"));
    const body = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.record({ text: field, lender: fc.option(field, { nil: undefined }), receivedAt: fc.option(field, { nil: undefined }) }).map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const response = await POST(request(text));
        expect([200, 400]).toContain(response.status);
        expect(response.headers.get("cache-control")).toBe("no-store");
        await response.json();
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
