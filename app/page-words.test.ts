import { describe, expect, it } from "vitest";
import { stubBuild } from "@/lib/testing/stub-build";
import { GLOSSARY } from "@/lib/i18n/glossary";
import { CHECK_ITEMS, CHECK_KINDS, checkQueryString } from "@/lib/guide/legal-check";

// Every page route renders here without a build or a server: a tiny asset manifest in a temporary directory.
stubBuild("page-words");

type Handler = (request: Request, context: { params: Promise<{ locale: string }> }) => Promise<Response>;
const GET = (load: () => Promise<{ GET: unknown }>) => async () => (await load()).GET as Handler;

/** Every page, with queries that show the most text: results for several kinds, a full checklist. */
const PAGES: readonly { path: string; handler: () => Promise<Handler>; post?: Record<string, string> }[] = [
  { path: "", handler: GET(() => import("./[locale]/route")) },
  ...["credit-card&days=120&amount=60000&contact=unreachable", "weilidai&days=45&amount=8000&contact=ignoring", "rongyi&days=900&amount=3000&contact=negotiating"].map(
    (q) => ({ path: `/result?lender=${q}`, handler: GET(() => import("./[locale]/result/route")) }),
  ),
  { path: "/verdict?level=high&phase=in&from=91&to=180", handler: GET(() => import("./[locale]/verdict/route")) },
  { path: "/guide", handler: GET(() => import("./[locale]/guide/route")) },
  { path: "/guide/door", handler: GET(() => import("./[locale]/guide/door/route")) },
  { path: "/guide/rights", handler: GET(() => import("./[locale]/guide/rights/route")) },
  { path: "/guide/negotiate", handler: GET(() => import("./[locale]/guide/negotiate/route")) },
  {
    path: "/guide/negotiate",
    handler: async () => (await import("./[locale]/guide/negotiate/route")).POST as Handler,
    post: { lender: "某某银行", monthly: "800", reason: "illness", card: "1", script: "zh-Hant" },
  },
  ...CHECK_KINDS.map((kind) => ({ path: `/guide/legal-check?${checkQueryString(CHECK_ITEMS, kind)}`, handler: GET(() => import("./[locale]/guide/legal-check/route")) })),
  { path: "/guide/scams", handler: GET(() => import("./[locale]/guide/scams/route")) },
  { path: "/guide/sources", handler: GET(() => import("./[locale]/guide/sources/route")) },
];

/** What a reader sees: the body's text nodes (textareas included), without tags, attributes, scripts or styles. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf("<body"));
  return body
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

async function render(locale: string, page: (typeof PAGES)[number]): Promise<string> {
  const handler = await page.handler();
  const url = `http://localhost/${locale}${page.path}`;
  const request = page.post
    ? new Request(url, { method: "POST", body: new URLSearchParams(page.post), headers: { "Content-Length": String(new URLSearchParams(page.post).toString().length) } })
    : new Request(url);
  const response = await handler(request, { params: Promise.resolve({ locale }) });
  expect(response.status, url).toBe(200);
  return visibleText(await response.text());
}

const ISO_DATE = /\b\d{4}-\d{2}(-\d{2})?\b/;

/** Taiwan-only words (and conversion slips) zh-Hant pages must not show: the glossary's zh-Hant-only avoidances. */
const TAIWAN_ONLY = GLOSSARY.filter((term) => term.avoid["zh-Hans"].length === 0).flatMap((term) => term.avoid["zh-Hant"]);

describe("words on every rendered page", () => {
  for (const locale of ["zh-Hans", "zh-Hant"] as const) {
    it.each(PAGES.map((page) => [page.path || "/", page] as const))(`${locale}%s shows no ISO date in its text`, async (_path, page) => {
      const text = await render(locale, page);
      expect(text.match(ISO_DATE)?.[0] ?? null).toBeNull();
      // Dates are written the way people write them.
      if (page.path.startsWith("/guide")) expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    });
  }

  it.each(PAGES.map((page) => [page.path || "/", page] as const))("zh-Hant%s has none of the avoided Taiwan-only words", async (_path, page) => {
    const text = await render("zh-Hant", page);
    const found = TAIWAN_ONLY.filter((avoided) => {
      const rest = (avoided.inside ?? []).reduce((t, phrase) => t.split(phrase).join(" "), text);
      return rest.includes(avoided.word);
    }).map((avoided) => avoided.word);
    expect(found).toEqual([]);
  });

  it("catches an ISO date and a Taiwan-only word when there is one", () => {
    expect(visibleText('<body><p>2026-11-25</p><time dateTime="2026-11-25">2026年11月25日</time></body>')).toMatch(ISO_DATE);
    expect(visibleText('<body><time dateTime="2026-11-25">2026年11月25日</time></body>')).not.toMatch(ISO_DATE);
    expect(TAIWAN_ONLY.map((a) => a.word)).toEqual(expect.arrayContaining(["合約", "簡訊", "帳戶", "列印"]));
  });
});
