import fc from "fast-check";
import { ANSWER_KEYS } from "../lib/answers";
import { MAX_QUERY_LENGTH } from "../lib/http/oversize";
import { headerLeaks, htmlLeaks } from "../lib/testing/injections";
import { localeArb, queryArb, segmentArb } from "../lib/testing/route-fuzz";
import { expect, test } from "./fixtures";

/**
 * The HTTP half of the route fuzz (most cases run in-process: app/routes.fuzz.test.ts). Over a real
 * connection it also covers Next's routing, the locale proxy, static files and Node's own limits. Every
 * answer: below 500, nothing unescaped in HTML or headers, no cookie; oversize is a clear 4xx.
 * Add a route family with one line in PATHS.
 */
const PATHS: readonly { path: string; keys: readonly string[] }[] = [
  { path: "/{locale}", keys: ["lender"] },
  { path: "/{locale}/result", keys: ANSWER_KEYS },
  { path: "/{locale}/verdict", keys: ["level", "phase", "from", "to"] },
  { path: "/{locale}/guide", keys: [] },
  { path: "/{locale}/guide/door", keys: [] },
  { path: "/{locale}/guide/rights", keys: [] },
  { path: "/{locale}/guide/negotiate", keys: [] },
  { path: "/{locale}/guide/legal-check", keys: ["i", "k"] },
  { path: "/{locale}/guide/scams", keys: [] },
  { path: "/{locale}/guide/sources", keys: [] },
  { path: "/{locale}/guide/message-check", keys: [] },
  { path: "/{locale}/embed", keys: ANSWER_KEYS },
  { path: "/{locale}/embed/result", keys: ANSWER_KEYS },
  { path: "/{locale}/embed/verdict", keys: ["level", "phase", "from", "to"] },
  { path: "/{locale}/share", keys: ["level", "phase", "from", "to"] },
  { path: "/{locale}/card/{segments}", keys: ["v"] },
  { path: "/oembed", keys: ["url", "maxwidth", "maxheight"] },
  { path: "/api/v1/estimate", keys: ANSWER_KEYS },
  { path: "/{segments}", keys: [] },
  { path: "/{locale}/{segments}", keys: [] },
  { path: "/assets/{segments}", keys: [] },
  { path: "/_next/static/{segments}", keys: [] },
  { path: "/robots.txt", keys: [] },
  { path: "/sitemap.xml", keys: [] },
];
const BATCHES = 4;
const PER_BATCH = 300;

const urlArb = fc
  .constantFrom(...PATHS)
  .chain(({ path, keys }) =>
    fc.record({
      path: fc.constant(path),
      locale: localeArb,
      segments: fc.array(segmentArb, { minLength: 1, maxLength: 5 }),
      query: queryArb(keys),
    }),
  )
  .map(({ path, locale, segments, query }) => {
    const pathname = path.replace("{locale}", encodeURIComponent(locale)).replace("{segments}", segments.map(encodeURIComponent).join("/"));
    return { url: `${pathname}${query ? `?${query}` : ""}`, query };
  });

test.describe("HTTP fuzz of every route's path and query", () => {
  for (let batch = 0; batch < BATCHES; batch += 1) {
    test(`batch ${batch + 1} of ${BATCHES}: ${PER_BATCH} requests`, async ({ request, baseURL }) => {
      test.setTimeout(300_000);
      const cases = fc.sample(urlArb, { numRuns: PER_BATCH, seed: 20261201 + batch });
      for (const { url, query } of cases) {
        const label = url.slice(0, 160);
        // Absolute: a path starting with "//" (an empty locale) must not read as a host.
        const response = await request.get(`${baseURL}${url}`, { maxRedirects: 0, failOnStatusCode: false });
        const status = response.status();
        expect(status, label).toBeLessThan(500);
        if (query.length + 1 > MAX_QUERY_LENGTH && !/robots|sitemap|assets|_next/.test(url)) expect([307, 404, 414, 431], label).toContain(status);
        const headers = response.headers();
        expect(headers["set-cookie"], label).toBeUndefined();
        for (const [name, value] of Object.entries(headers)) expect(headerLeaks(value), `${label} ${name}`).toEqual([]);
        if ((headers["content-type"] ?? "").startsWith("text/html")) expect(htmlLeaks(await response.text()), label).toEqual([]);
      }
    });
  }

  test("oversize requests get a clear 4xx: 414 past 4 KB of query, 431 past Node's 16 KB header limit", async ({ request }) => {
    const big = "x".repeat(5000);
    expect((await request.get(`/zh-Hans/result?lender=${big}`)).status()).toBe(414);
    expect((await request.get(`/zh-Hant/guide/legal-check?i=${big}`)).status()).toBe(414);
    const api = await request.get(`/api/v1/estimate?lender=${big}`);
    expect(api.status()).toBe(414);
    expect(await api.json()).toEqual({ error: { code: "uri_too_long" } });
    const huge = "y".repeat(17 * 1024);
    expect([414, 431]).toContain((await request.get(`/zh-Hans/result?q=${huge}`)).status());
    expect((await request.get("/zh-Hans", { headers: { "X-Filler": huge } })).status()).toBe(431);
  });
});
