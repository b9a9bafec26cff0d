import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { RULES_CACHE_CONTROL, RULES_ETAG } from "@/lib/http/rules-cache";
import { GET, OPTIONS } from "./route";

describe("GET /api/v1/estimate", () => {
  it("returns the estimate as JSON with CORS and cache headers", async () => {
    const res = await GET(new NextRequest("http://127.0.0.1/api/v1/estimate?lender=weilidai&days=90&amount=30000&contact=ignoring"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toBe(RULES_CACHE_CONTROL);
    expect(res.headers.get("etag")).toBe(RULES_ETAG);
    expect(await res.json()).toMatchObject({ input: { lender: "weilidai" }, stage: { id: "outsourced" } });
  });

  it("answers 304 without a body to a client that holds this rules version", async () => {
    const url = "http://127.0.0.1/api/v1/estimate?lender=weilidai&days=90&amount=30000&contact=ignoring";
    const res = await GET(new NextRequest(url, { headers: { "if-none-match": RULES_ETAG } }));
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
  });

  it("returns 400 for invalid input", async () => {
    const res = await GET(new NextRequest("http://127.0.0.1/api/v1/estimate?days=%E0%A4%A"));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "invalid_input" } });
  });

  it("answers the CORS preflight with 204", async () => {
    const res = await OPTIONS();
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});
