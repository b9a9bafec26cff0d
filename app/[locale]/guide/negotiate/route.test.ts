import { describe, expect, it, vi } from "vitest";
import { stubBuild } from "@/lib/testing/stub-build";

// A tiny asset build in a temporary directory, so the route renders without the real build or a server.
stubBuild("negotiate-route");

const context = (locale: string) => ({ params: Promise.resolve({ locale }) });

function post(locale: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams(fields).toString();
  return new Request(`http://localhost/${locale}/guide/negotiate`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(Buffer.byteLength(body)), ...headers },
  });
}

const LETTER = { lender: "甲乙丙测试银行", amount: "12000", monthly: "800", reason: "illness", details: "", script: "zh-Hant" };

describe("/[locale]/guide/negotiate", () => {
  it("GET: the page with the form, the hidden result slot and both islands, cacheable", async () => {
    const { GET } = await import("./route");
    const response = await GET(new Request("http://localhost/zh-Hans/guide/negotiate"), context("zh-Hans"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    const html = await response.text();
    // Without JavaScript the form posts to this page itself.
    expect(html).toMatch(/<form [^>]*action="\/zh-Hans\/guide\/negotiate#letter" method="post">/);
    expect(html).toContain('<section id="letter-output" aria-labelledby="letter-result" hidden=""');
    expect(html).toContain('src="/assets/letter.TEST.js"');
    expect(html).toContain('src="/assets/text-actions.TEST.js"');
    // The island's words are data, not a script.
    expect(html).toContain("data-words=");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  it("POST: writes the letter on the server in the script asked for, uncached, logging nothing", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
    const { POST } = await import("./route");
    const response = await POST(post("zh-Hans", LETTER), context("zh-Hans"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("set-cookie")).toBeNull();
    const html = await response.text();
    expect(html).toContain('<html lang="zh-Hans"');
    expect(html).toMatch(/<textarea id="letter-text" lang="zh-Hant"[^>]*>協商還款申請書/);
    expect(html).toContain("甲乙丙测试银行");
    expect(html).not.toContain("12,000");
    expect(html).toContain("这封信是本站服务器按你提交的内容生成的，没有保存。");
    expect(html).not.toContain('id="letter-output" aria-labelledby="letter-result" hidden=""');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it("POST: an incomplete form gets the errors and keeps the values", async () => {
    const { POST } = await import("./route");
    const response = await POST(post("zh-Hant", { lender: "甲乙丙", amount: "abc" }), context("zh-Hant"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<div id="letter-errors" tabindex="-1" role="alert" class=');
    expect(html).toContain('<a href="#monthly" class="text-red-900 underline">');
    expect(html).toMatch(/<input[^>]*id="lender"[^>]*value="甲乙丙"/);
    expect(html).toMatch(/<input[^>]*id="amount"[^>]*aria-invalid="true"/);
  });

  it("POST: a body too large (or of unknown length) is refused without reading it", async () => {
    const { POST } = await import("./route");
    const big = await POST(post("zh-Hans", LETTER, { "Content-Length": String(1024 * 1024) }), context("zh-Hans"));
    expect(big.status).toBe(413);
    expect(big.headers.get("cache-control")).toBe("no-store");
  });

  it("an unknown locale is the 404", async () => {
    const { POST } = await import("./route");
    const response = await POST(post("x.png", LETTER), context("x.png"));
    expect(response.status).toBe(404);
  });
});
