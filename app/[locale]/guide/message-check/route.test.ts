import { describe, expect, it, vi } from "vitest";
import { stubBuild } from "@/lib/testing/stub-build";
import { resultHtml } from "@/components/message-check/result-html";
import { messageCheckWords } from "@/components/message-check/words";
import { checkMessage } from "@/lib/message-check";

// A tiny asset build in a temporary directory, so the route renders without the real build or a server.
stubBuild("message-check-route");

const context = (locale: string) => ({ params: Promise.resolve({ locale }) });
const MESSAGE = "甲乙丙：你的案件已移交公安机关，明天上门，不还就通知你的家人。";

function post(locale: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams(fields).toString();
  return new Request(`http://localhost/${locale}/guide/message-check`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(Buffer.byteLength(body)), ...headers },
  });
}

function quiet() {
  return (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
}

describe("/[locale]/guide/message-check", () => {
  it("GET: the form posting to the page itself, the hidden answer slot, the island and its words as data", async () => {
    const { GET } = await import("./route");
    const response = await GET(new Request("http://localhost/zh-Hans/guide/message-check"), context("zh-Hans"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    const html = await response.text();
    expect(html).toMatch(/<form [^>]*action="\/zh-Hans\/guide\/message-check#mc-output"[^>]*method="post"/);
    expect(html).toMatch(/<section id="mc-output" aria-labelledby="mc-result-title" hidden=""/);
    expect(html).toContain('src="/assets/message-check.TEST.js"');
    expect(html).toContain("data-words=");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  it("POST: checks on the server, renders exactly what the island would (but says where), uncached, logging nothing", async () => {
    const spies = quiet();
    const { POST } = await import("./route");
    const response = await POST(post("zh-Hant", { text: MESSAGE, kind: "credit_card", receivedAt: "2026-11-30T23:10" }), context("zh-Hant"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    for (const [name, value] of response.headers) expect(`${name}: ${value}`).not.toContain("甲乙丙");
    const html = await response.text();
    const findings = checkMessage({ text: MESSAGE, kind: "credit_card", receivedAt: "2026-11-30T23:10" });
    expect(findings.map((f) => f.id)).toEqual(["arrest_or_criminal_threat", "visit_notice", "third_party_disclosure", "night_contact"]);
    const server = resultHtml({ text: MESSAGE, kind: "credit_card", findings, checkedIn: "server" }, messageCheckWords("zh-Hant"));
    expect(html).toContain(server);
    expect(html).toContain("本站伺服器");
    // Hand-offs: the legality checker with the matching items ticked, and the door screen.
    expect(html).toContain('href="/zh-Hant/guide/legal-check?i=nightCalls&amp;i=thirdParties&amp;k=credit_card#complaint"');
    expect(html).toContain('href="/zh-Hant/guide/door"');
    // The values are kept in the form.
    expect(html).toMatch(/id="kind-credit_card"[^>]*checked=""/);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it("POST: an empty message or an impossible time shows the form again with the errors (400), values kept", async () => {
    const { POST } = await import("./route");
    const empty = await POST(post("zh-Hans", { text: "  ", kind: "bank_loan", receivedAt: "2026-02-30T10:00" }), context("zh-Hans"));
    expect(empty.status).toBe(400);
    expect(empty.headers.get("cache-control")).toBe("no-store");
    const html = await empty.text();
    expect(html).toContain("请先粘贴收到的消息。");
    expect(html).toContain("收到的时间看不懂");
    expect(html).toMatch(/id="kind-bank_loan"[^>]*checked=""/);
  });

  it("POST: a body past the byte cap is refused with 413 before it is read in full", async () => {
    const { POST } = await import("./route");
    const big = await POST(post("zh-Hans", { text: "催".repeat(20_000) }), context("zh-Hans"));
    expect(big.status).toBe(413);
    expect(big.headers.get("cache-control")).toBe("no-store");
    // A body that lies about its length is cut off while reading.
    const body = new URLSearchParams({ text: "催".repeat(20_000) }).toString();
    const lying = new Request("http://localhost/zh-Hans/guide/message-check", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "10" },
    });
    expect((await POST(lying, context("zh-Hans"))).status).toBe(413);
  });

  it("POST: a lawful reminder offers the negotiation letter, not the legality checker", async () => {
    const { POST } = await import("./route");
    const html = await (await POST(post("zh-Hans", { text: "您的借款已逾期3天，请登录官方APP还款，逾期将上报征信。" }), context("zh-Hans"))).text();
    expect(html).toContain('href="/zh-Hans/guide/negotiate"');
    expect(html).not.toContain("/zh-Hans/guide/legal-check?");
  });
});
