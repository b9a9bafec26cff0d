import { createElement, type ReactElement } from "react";
import { Document } from "@/components/layout/document";
import { switchHref } from "@/components/layout/language-switch";
import { configuredOrigin } from "@/lib/http/origin";
import { securityHeaders } from "@/lib/http/security-headers.cjs";
import { translator } from "@/lib/i18n/translator";
import { islandScripts, siteAssets, type IslandName, type StylesheetName } from "./assets";
import { pageHead, type HeadInput } from "./head";

export interface PageOptions extends HeadInput {
  /** The request's query without "?": the language switch keeps it (the answers). */
  query?: string;
  /** The page content, rendered inside <main>. */
  body: ReactElement;
  /** The stylesheet: "site" unless the page has its own smaller one (the door screen). */
  stylesheet?: StylesheetName;
  /** Progressive-enhancement scripts from client/, loaded as external module scripts. */
  islands?: readonly IslandName[];
  status?: number;
  /** Cache-Control; pages are anonymous and a pure function of their URL, so shared caches may keep them. */
  cache?: string;
  /** Only the /[locale]/embed pages may be framed by other sites; they are drawn without the site's header and footer. */
  frameable?: boolean;
  /** An ETag for pages computed from versioned data (the rules), so caches revalidate when it changes. */
  etag?: string;
}

export const PAGE_CACHE = "public, max-age=300, s-maxage=86400, stale-while-revalidate=86400";
export const NO_STORE = "no-store";

/**
 * How the CSS reaches the page. Inline won the first-view measurement (2026-12, Lighthouse 12.8 mobile with
 * devtools throttling, guide/scams: FCP 1.0–1.1 s inline vs 1.6–1.7 s linked; the gzipped bytes of the
 * first view are the same within 1%): a linked stylesheet costs one more render-blocking round trip.
 * Inline also keeps the offline door screen styled without caching a second file. CSS_MODE=link at start
 * switches to the hashed file for comparison.
 */
export const CSS_MODE: "inline" | "link" = process.env["CSS_MODE"] === "link" ? "link" : "inline";

/**
 * The one page renderer: a route handler computes its page and hands the content here, which renders the
 * React components (plain functions) with react-dom/server into a complete HTML document through the
 * document shell, with the security headers and caching every page shares.
 */
export async function renderPage(options: PageOptions): Promise<Response> {
  const { locale, path, query, body, stylesheet = "site", islands = [], status = 200, cache = PAGE_CACHE, frameable = false } = options;
  const assets = siteAssets();
  const head = pageHead(options, configuredOrigin(), translator(locale, "site")("name"));
  const inline = CSS_MODE === "inline";
  const document = createElement(
    Document,
    {
      head,
      css: inline ? { inline: assets.cssText[stylesheet] } : { href: assets.css[stylesheet].href },
      scripts: islandScripts(assets, islands),
      switchHref: switchHref(locale, path, query),
      chrome: !frameable,
    },
    body,
  );
  // Next refuses a static import of react-dom/server in route handlers; the edge build works when imported here.
  const { renderToStaticMarkup } = await import("react-dom/server.edge");
  const html = `<!DOCTYPE html>${renderToStaticMarkup(document)}`;

  const headers = new Headers({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": cache });
  if (options.etag !== undefined) headers.set("ETag", options.etag);
  const dev = process.env.NODE_ENV === "development";
  for (const { key, value } of securityHeaders({ dev, frameable, styleHashes: inline ? [assets.css[stylesheet].sha256] : [] })) {
    headers.set(key, value);
  }
  return new Response(html, { status, headers });
}
