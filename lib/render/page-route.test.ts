import { describe, expect, it } from "vitest";
import { stubBuild } from "@/lib/testing/stub-build";

stubBuild("page-route");

describe("pageRoute", () => {
  it("turns a failure into the plain error page: status 500, not stored, nothing about the error", async () => {
    const { pageRoute } = await import("./page-route");
    const response = await pageRoute(new Request("http://127.0.0.1/zh-Hant/guide?days=12"), "zh-Hant", async () => {
      throw new Error("secret detail at /work/lib/x.ts:12");
    });
    expect(response.status).toBe(500);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="zh-Hant">');
    expect(html).toContain("<h1");
    expect(html).toContain("頁面出了點問題");
    // Retry is a plain link to the same URL.
    expect(html).toContain('href="/zh-Hant/guide?days=12"');
    expect(html).not.toMatch(/secret detail|\.ts:\d+/);
  });

  it("answers an unknown locale segment with the 404 in the visitor's script", async () => {
    const { pageRoute } = await import("./page-route");
    const request = new Request("http://127.0.0.1/x.png", { headers: { "Accept-Language": "zh-HK,zh;q=0.8" } });
    const response = await pageRoute(request, "x.png", async () => new Response("never"));
    expect(response.status).toBe(404);
    expect(response.headers.get("vary")).toBe("Accept-Language");
    expect(await response.text()).toContain("找不到這個頁面");
  });

  it("answers JSON for unknown API paths", async () => {
    const { renderNotFound } = await import("./status-pages");
    const response = await renderNotFound(new Request("http://127.0.0.1/api/v9/x"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found" } });
  });
});
