/**
 * Every route's path and query, fuzzed in-process (fast: no network, most of the CI cases run here). The
 * HTTP half, which also covers Next's routing, the proxy and Node's own limits, is e2e/fuzz-http.spec.ts.
 * For every case: never a 5xx, never input echoed unescaped into HTML or into a header, no cookie, and a
 * clear 414 for a query past MAX_QUERY_LENGTH. Add a route with one line in ROUTES.
 */
import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { stubBuild } from "@/lib/testing/stub-build";
import { ANSWER_KEYS } from "@/lib/answers";
import { LEVELS } from "@/lib/rules";
import { MAX_QUERY_LENGTH } from "@/lib/http/oversize";
import { headerLeaks, htmlLeaks } from "@/lib/testing/injections";
import { localeArb, queryArb, segmentArb } from "@/lib/testing/route-fuzz";

type Handler = (request: NextRequest, context: { params: Promise<{ locale: string; rest: string[] }> }) => Promise<Response> | Response;
interface FuzzRoute {
  /** The path after /{locale}, or an absolute path for routes outside the locale tree. */
  path: string;
  localized: boolean;
  keys: readonly string[];
  /** False for files that ignore the query (robots.txt, sitemap.xml): no 414 expected there. */
  readsQuery?: boolean;
  load: () => Promise<{ GET: Handler }>;
}

/** One line per route family. */
const ROUTES: readonly FuzzRoute[] = [
  { path: "", localized: true, keys: ["lender"], load: () => import("@/app/[locale]/route") },
  { path: "/result", localized: true, keys: ANSWER_KEYS, load: () => import("@/app/[locale]/result/route") },
  { path: "/verdict", localized: true, keys: ["level", "phase", "from", "to"], load: () => import("@/app/[locale]/verdict/route") },
  { path: "/guide", localized: true, keys: [], load: () => import("@/app/[locale]/guide/route") },
  { path: "/guide/door", localized: true, keys: [], load: () => import("@/app/[locale]/guide/door/route") },
  { path: "/guide/rights", localized: true, keys: [], load: () => import("@/app/[locale]/guide/rights/route") },
  { path: "/guide/negotiate", localized: true, keys: [], load: () => import("@/app/[locale]/guide/negotiate/route") },
  { path: "/guide/legal-check", localized: true, keys: ["i", "k"], load: () => import("@/app/[locale]/guide/legal-check/route") },
  { path: "/guide/scams", localized: true, keys: [], load: () => import("@/app/[locale]/guide/scams/route") },
  { path: "/guide/sources", localized: true, keys: [], load: () => import("@/app/[locale]/guide/sources/route") },
  { path: "/guide/message-check", localized: true, keys: [], load: () => import("@/app/[locale]/guide/message-check/route") },
  { path: "/embed", localized: true, keys: ANSWER_KEYS, load: () => import("@/app/[locale]/embed/route") },
  { path: "/embed/result", localized: true, keys: ANSWER_KEYS, load: () => import("@/app/[locale]/embed/result/route") },
  { path: "/embed/verdict", localized: true, keys: ["level", "phase", "from", "to"], load: () => import("@/app/[locale]/embed/verdict/route") },
  { path: "/share", localized: true, keys: ["level", "phase", "from", "to"], load: () => import("@/app/[locale]/share/route") },
  { path: "/oembed", localized: false, keys: ["url", "format", "maxwidth", "maxheight"], load: () => import("@/app/oembed/route") },
  { path: "/api/v1/estimate", localized: false, keys: ANSWER_KEYS, load: () => import("@/app/api/v1/estimate/route") },
  { path: "/robots.txt", localized: false, keys: [], readsQuery: false, load: () => import("@/app/robots.txt/route") },
  { path: "/sitemap.xml", localized: false, keys: [], readsQuery: false, load: () => import("@/app/sitemap.xml/route") },
];
const RUNS_PER_ROUTE = 500;
const CARD_RUNS = 300;
const NOT_FOUND_RUNS = 1000;

const projectDir = process.cwd();
const { dir } = stubBuild("routes-fuzz");

async function expectSafe(response: Response, label: string, query: string | null, allowed5xx?: number) {
  if (response.status !== allowed5xx) expect(response.status, label).toBeLessThan(500);
  if (query !== null && query.length + 1 > MAX_QUERY_LENGTH) expect(response.status, label).toBe(414);
  expect(response.headers.get("set-cookie"), label).toBeNull();
  for (const [name, value] of response.headers) expect(headerLeaks(value), `${label} header ${name}`).toEqual([]);
  const type = response.headers.get("content-type") ?? "";
  const body = await response.text();
  if (type.startsWith("text/html")) expect(htmlLeaks(body), label).toEqual([]);
}

describe("in-process fuzz of every route's path and query", () => {
  it.each(ROUTES.map((r) => [r.path || "/", r] as const))("%s", { timeout: 120_000 }, async (_, route) => {
    const { GET } = await route.load();
    await fc.assert(
      fc.asyncProperty(localeArb, queryArb(route.keys), async (locale, query) => {
        const pathname = route.localized ? `/${encodeURIComponent(locale)}${route.path}` : route.path;
        const url = `http://127.0.0.1${pathname}${query ? `?${query}` : ""}`;
        const response = await GET(new NextRequest(url), { params: Promise.resolve({ locale, rest: [] }) });
        const label = url.slice(0, 200);
        // oEmbed's one 5xx by design: 501 for format=xml (a format it knows and does not serve).
        const notImplemented = route.path === "/oembed" && query.length <= MAX_QUERY_LENGTH && new URLSearchParams(query).get("format") === "xml" ? 501 : undefined;
        await expectSafe(response, label, route.readsQuery === false ? null : query, notImplemented);
        if (route.localized && locale !== "zh-Hans" && locale !== "zh-Hant") expect(response.status, label).toBe(404);
      }),
      { numRuns: RUNS_PER_ROUTE, seed: 20261201 },
    );
  });

  it("share cards: any level and window segment", { timeout: 180_000 }, async () => {
    // The card reads the committed font subsets from the project, not the stub asset folder.
    vi.mocked(process.cwd).mockReturnValue(projectDir);
    type CardHandler = (request: NextRequest, context: { params: Promise<{ locale: string; level: string; range: string }> }) => Promise<Response>;
    const { GET }: { GET: CardHandler } = await import("@/app/[locale]/card/[level]/[range]/route");
    const levelArb = fc.oneof(fc.constantFrom(...LEVELS), segmentArb);
    const rangeArb = fc.oneof(fc.tuple(fc.nat(5000), fc.nat(5000)).map(([a, b]) => `${a}-${b}.png`), segmentArb);
    await fc.assert(
      fc.asyncProperty(localeArb, levelArb, rangeArb, queryArb(["v"]), async (locale, level, range, query) => {
        const pathname = `/${[locale, "card", level, range].map(encodeURIComponent).join("/")}`;
        const url = `http://127.0.0.1${pathname}${query ? `?${query}` : ""}`;
        const response = await GET(new NextRequest(url), { params: Promise.resolve({ locale, level, range }) });
        await expectSafe(response, url.slice(0, 200), null);
      }),
      { numRuns: CARD_RUNS, seed: 20261201 },
    );
    vi.mocked(process.cwd).mockReturnValue(dir);
  });

  it("unknown paths (the catch-all 404): traversal, unicode, injections in the segments", { timeout: 120_000 }, async () => {
    const { GET }: { GET: Handler } = await import("@/app/[locale]/[...rest]/route");
    await fc.assert(
      fc.asyncProperty(localeArb, fc.array(segmentArb, { minLength: 1, maxLength: 6 }), queryArb([]), async (locale, rest, query) => {
        const pathname = `/${[locale, ...rest].map(encodeURIComponent).join("/")}`;
        const url = `http://127.0.0.1${pathname}${query ? `?${query}` : ""}`;
        const response = await GET(new NextRequest(url), { params: Promise.resolve({ locale, rest }) });
        expect(response.status, url.slice(0, 200)).toBe(404);
        await expectSafe(response, url.slice(0, 200), null);
      }),
      { numRuns: NOT_FOUND_RUNS, seed: 20261201 },
    );
  });
});
