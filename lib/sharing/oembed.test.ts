import { describe, expect, it } from "vitest";
import { oembedAnswer } from "./oembed";

const ORIGIN = "https://example.org";
const ask = (url: string, extra: Record<string, string> = {}) => oembedAnswer(new URLSearchParams({ url, format: "json", ...extra }), ORIGIN);

describe("oembedAnswer", () => {
  it("embeds a result as the compact result in a sandboxed frame after a blockquote with a plain link", () => {
    const answer = ask(`${ORIGIN}/zh-Hans/result?lender=haier&days=45&amount=20000&contact=ignoring`);
    if (answer.status !== 200) throw new Error(`status ${answer.status}`);
    const { html, type, title, width, height, thumbnail_url } = answer.body;
    expect(type).toBe("rich");
    expect(html).toMatch(/^<blockquote class="wp-embedded-content"><a href="https:\/\/example\.org\/zh-Hans\/result\?lender=haier&amp;days=45[^"]*">[^<]+<\/a><\/blockquote><iframe /);
    expect(html).toContain('src="https://example.org/zh-Hans/embed/result?lender=haier&amp;days=45&amp;amount=20000&amp;contact=ignoring"');
    expect(html).toContain('sandbox="allow-scripts"');
    // The title speaks of the verdict only, never the lender or the days.
    expect(title).not.toMatch(/海尔|45/);
    expect([width, height]).toEqual([600, 600]);
    expect(thumbnail_url).toMatch(/^https:\/\/example\.org\/zh-Hans\/card\/\w+\/\d+-\d+\.png\?v=\w+$/);
  });

  it("embeds verdict and embed URLs, honouring maxwidth and maxheight", () => {
    const verdict = ask(`${ORIGIN}/zh-Hant/verdict?level=high&phase=in&from=31&to=180`, { maxwidth: "400", maxheight: "300" });
    expect(verdict.status === 200 && [verdict.body.width, verdict.body.height]).toEqual([400, 300]);
    expect(verdict.status === 200 && verdict.body.html).toContain("/zh-Hant/embed/verdict?level=high&amp;phase=in&amp;from=31&amp;to=180");
    const widget = ask(`${ORIGIN}/zh-Hans/embed`, { maxwidth: "9000" });
    expect(widget.status === 200 && widget.body.width).toBe(600);
    expect(widget.status === 200 && widget.body.thumbnail_url).toBeUndefined();
  });

  it.each([
    ["another host", "https://evil.example/zh-Hans/result?lender=haier&days=45&amount=20000&contact=ignoring"],
    ["another scheme", "http://example.org/zh-Hans/embed"],
    ["a page that is not embeddable", `${ORIGIN}/zh-Hans/guide/door`],
    ["an unknown locale", `${ORIGIN}/en/embed`],
    ["answers that do not parse", `${ORIGIN}/zh-Hans/result?lender=nobody&days=x`],
    ["a forged verdict", `${ORIGIN}/zh-Hans/verdict?level=doom&from=1&to=2`],
    ["not a URL", "embed"],
    ["nothing", ""],
  ])("refuses %s with 404", (_, url) => {
    expect(ask(url).status).toBe(404);
  });

  it("offers JSON only: XML is 501, an unknown format 400", () => {
    expect(ask(`${ORIGIN}/zh-Hans/embed`, { format: "xml" }).status).toBe(501);
    expect(ask(`${ORIGIN}/zh-Hans/embed`, { format: "<x>" }).status).toBe(400);
  });
});
