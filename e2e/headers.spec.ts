import fs from "node:fs";
import path from "node:path";
import { CARD_ETAG, CARD_IMMUTABLE, CARD_UNVERSIONED } from "../lib/card/card-response";
import { CARD_VERSION } from "../lib/card/card-text";
import { RULES_ETAG } from "../lib/http/rules-cache";
import { contentSecurityPolicy } from "../lib/http/security-headers.cjs";
import { expect, test } from "./fixtures";

/**
 * The whole header set of every route family: exactly these names (besides transport headers), with these
 * values. A header that appears or disappears anywhere fails here. Add a route family with one line in FAMILIES.
 */
type Expected = Record<string, string | RegExp>;
/** Stands for the server's own origin inside a URL parameter (oEmbed answers only for it). */
const BASE_PLACEHOLDER = "{base}";

/** Set by Node or the static file server per response: present or not, their values are not the app's choice. */
const TRANSPORT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

const styleHashes = (() => {
  const manifest = JSON.parse(fs.readFileSync(path.join("public", "assets", "manifest.json"), "utf8")) as { css: Record<string, { sha256: string }> };
  return Object.values(manifest.css).map((sheet) => sheet.sha256);
})();
const assetFile = (kind: "css" | "js") => {
  const manifest = JSON.parse(fs.readFileSync(path.join("public", "assets", "manifest.json"), "utf8")) as { css: { site: { href: string } }; islands: Record<string, string> };
  return kind === "css" ? manifest.css.site.href : (Object.values(manifest.islands)[0] as string);
};

const SECURITY: Expected = {
  "content-security-policy": contentSecurityPolicy({ styleHashes }),
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};
/** Next adds this Vary to every route handler's answer (no browser sends these headers to this app). */
const NEXT_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
const HTML = "text/html; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";
const PAGE_CACHE = "public, max-age=300, s-maxage=86400, stale-while-revalidate=86400";
const RULES_CACHE = "public, max-age=300, s-maxage=300, stale-while-revalidate=60";
const page = (cache: string, extra: Expected = {}): Expected => ({ ...SECURITY, vary: NEXT_VARY, "content-type": HTML, "cache-control": cache, ...extra });
const file = (type: string | RegExp, cache: string, corp = "cross-origin"): Expected => ({
  ...SECURITY,
  "cross-origin-resource-policy": corp,
  "content-type": type,
  "cache-control": cache,
  vary: "Accept-Encoding",
  "accept-ranges": "bytes",
  "last-modified": / GMT$/,
  etag: /^W\/"[\w-]+"$/,
});
/** /assets/*: module scripts inside the embed's sandboxed (opaque-origin) frame load them with CORS. */
const asset = (type: string, cache: string): Expected => ({ ...file(type, cache), "access-control-allow-origin": "*" });
/** Embed pages: the only framable ones, readable cross-origin (WordPress's sandboxed frame). */
const embed = (cache: string, extra: Expected = {}): Expected =>
  page(cache, {
    "content-security-policy": contentSecurityPolicy({ styleHashes, frameable: true }),
    "cross-origin-resource-policy": "cross-origin",
    ...extra,
  });
const card = (cache: string): Expected => ({
  ...SECURITY,
  "cross-origin-resource-policy": "cross-origin",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch",
  "content-type": "image/png",
  "cache-control": cache,
  etag: CARD_ETAG,
});
const without = (headers: Expected, name: string): Expected => Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));

interface Family {
  name: string;
  url: string;
  method?: "GET" | "OPTIONS" | "POST";
  status: number;
  headers: Expected;
  /** A JSON body for a POST (otherwise the letter's form fields). */
  json?: unknown;
}

const FAMILIES: Family[] = [
  { name: "questionnaire", url: "/zh-Hans", status: 200, headers: page(PAGE_CACHE) },
  { name: "guide page", url: "/zh-Hant/guide/rights", status: 200, headers: page(PAGE_CACHE) },
  { name: "door screen", url: "/zh-Hans/guide/door", status: 200, headers: page("public, max-age=3600, stale-while-revalidate=86400") },
  { name: "result", url: "/zh-Hans/result?lender=haier&days=45&amount=20000&contact=ignoring", status: 200, headers: page(RULES_CACHE, { etag: RULES_ETAG }) },
  { name: "result form (invalid answers)", url: "/zh-Hans/result?lender=nobody", status: 200, headers: page(PAGE_CACHE) },
  { name: "verdict", url: "/zh-Hant/verdict?level=high&phase=in&from=31&to=90", status: 200, headers: page(PAGE_CACHE) },
  { name: "letter POST (no-JS)", url: "/zh-Hans/guide/negotiate", method: "POST", status: 200, headers: page("no-store") },
  { name: "404 page", url: "/zh-Hans/no-such-page", status: 404, headers: page("public, max-age=60") },
  {
    name: "404 outside a locale",
    url: "/no-such-file.png",
    status: 404,
    headers: page("public, max-age=60", { vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Language, Accept-Encoding" }),
  },
  { name: "414 (query too long)", url: `/zh-Hans/result?x=${"a".repeat(5000)}`, status: 414, headers: { ...SECURITY, vary: NEXT_VARY, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } },
  {
    name: "locale redirect",
    url: "/guide",
    status: 307,
    headers: { ...SECURITY, location: "/zh-Hans/guide", vary: "Accept-Language", "cache-control": "private, no-cache" },
  },
  {
    name: "API estimate",
    url: "/api/v1/estimate?lender=haier&days=45&amount=20000&contact=ignoring",
    status: 200,
    headers: { ...SECURITY, vary: NEXT_VARY, "content-type": JSON_TYPE, "cache-control": RULES_CACHE, etag: RULES_ETAG, "access-control-allow-origin": "*" },
  },
  {
    name: "API invalid input",
    url: "/api/v1/estimate?lender=nobody",
    status: 400,
    headers: { ...SECURITY, vary: NEXT_VARY, "content-type": JSON_TYPE, "cache-control": "public, max-age=60, s-maxage=300", "access-control-allow-origin": "*" },
  },
  {
    name: "API preflight",
    url: "/api/v1/estimate",
    method: "OPTIONS",
    status: 204,
    headers: {
      ...SECURITY,
      vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch",
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, OPTIONS",
      "access-control-allow-headers": "Content-Type, If-None-Match",
      "access-control-expose-headers": "ETag",
      "access-control-max-age": "86400",
      "cache-control": "public, max-age=86400",
    },
  },
  { name: "API 404", url: "/api/v9/nothing", status: 404, headers: { ...SECURITY, vary: NEXT_VARY, "content-type": JSON_TYPE, "cache-control": "public, max-age=60" } },
  { name: "robots.txt", url: "/robots.txt", status: 200, headers: { ...SECURITY, vary: NEXT_VARY, "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" } },
  { name: "sitemap.xml", url: "/sitemap.xml", status: 200, headers: { ...SECURITY, vary: NEXT_VARY, "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" } },
  { name: "hashed stylesheet", url: assetFile("css"), status: 200, headers: asset("text/css; charset=UTF-8", "public, max-age=31536000, immutable") },
  { name: "hashed island script", url: assetFile("js"), status: 200, headers: asset("application/javascript; charset=UTF-8", "public, max-age=31536000, immutable") },
  { name: "asset manifest", url: "/assets/manifest.json", status: 200, headers: asset("application/json; charset=UTF-8", "no-cache") },
  { name: "favicon", url: "/favicon.ico", status: 200, headers: file("image/x-icon", "public, max-age=86400") },
  { name: "touch icon", url: "/apple-touch-icon.png", status: 200, headers: without(file("image/png", "public, max-age=86400"), "vary") },
  { name: "embed questionnaire", url: "/zh-Hans/embed", status: 200, headers: embed(PAGE_CACHE) },
  { name: "embed result", url: "/zh-Hant/embed/result?lender=haier&days=45&amount=20000&contact=ignoring", status: 200, headers: embed(RULES_CACHE, { etag: RULES_ETAG }) },
  { name: "embed verdict", url: "/zh-Hans/embed/verdict?level=high&phase=in&from=31&to=90", status: 200, headers: embed(PAGE_CACHE) },
  { name: "snippet kit (not framable)", url: "/zh-Hans/share?level=high&phase=in&from=31&to=90", status: 200, headers: page(PAGE_CACHE) },
  { name: "message check page", url: "/zh-Hant/guide/message-check", status: 200, headers: page(PAGE_CACHE) },
  { name: "share card (versioned)", url: `/zh-Hant/card/high/31-90.png?v=${CARD_VERSION}`, status: 200, headers: card(CARD_IMMUTABLE) },
  { name: "share card (forum [img], unversioned)", url: "/zh-Hans/card/low/91-180.png", status: 200, headers: card(CARD_UNVERSIONED) },
  {
    name: "oEmbed",
    url: `/oembed?format=json&url=${encodeURIComponent(`${BASE_PLACEHOLDER}/zh-Hans/verdict?level=high&phase=in&from=31&to=90`)}`,
    status: 200,
    headers: { ...SECURITY, vary: NEXT_VARY, "content-type": JSON_TYPE, "cache-control": "public, max-age=3600", "access-control-allow-origin": "*" },
  },
  {
    name: "message check API (private: no CORS, never stored)",
    url: "/api/v1/message-check",
    method: "POST",
    json: { text: "请在今天内还款。" },
    status: 200,
    headers: { ...SECURITY, vary: NEXT_VARY, "content-type": JSON_TYPE, "cache-control": "no-store" },
  },
  { name: "door service worker", url: "/door-sw.js", status: 200, headers: file("application/javascript; charset=UTF-8", "public, max-age=0", "same-origin") },
];

test.describe("the whole header set of every route family", () => {
  for (const family of FAMILIES) {
    test(`${family.name}: ${family.method ?? "GET"} ${family.url.slice(0, 80)}`, async ({ request, baseURL }) => {
      const url = family.url.replace(encodeURIComponent(BASE_PLACEHOLDER), encodeURIComponent(baseURL ?? ""));
      const response = await request.fetch(url, {
        method: family.method ?? "GET",
        maxRedirects: 0,
        // Uncompressed, so the set is the same whatever the size (Content-Encoding is transport).
        headers: { "Accept-Encoding": "identity" },
        ...(family.method === "POST" ? (family.json === undefined ? { form: { lender: "测试银行", amount: "1000", monthly: "100" } } : { data: family.json }) : {}),
      });
      expect(response.status()).toBe(family.status);
      const actual = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !TRANSPORT.has(name)));
      const expected = family.headers;
      // Exactly these names: nothing missing, nothing extra (no Set-Cookie, no X-Powered-By, no Server).
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
      for (const [name, value] of Object.entries(expected)) {
        if (value instanceof RegExp) expect(actual[name], name).toMatch(value);
        else expect(actual[name], name).toBe(value);
      }
    });
  }
});
