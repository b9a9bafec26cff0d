import { createElement } from "react";
import { StatusPage } from "@/components/layout/status-page";
import { securityHeaders } from "@/lib/http/security-headers.cjs";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { NO_STORE, renderPage } from "./render-page";

/** The locale-less rest of a URL path ("/zh-Hans/a/b" → "/a/b"), for the language switch of a 404. */
function restOf(pathname: string): string {
  const [, first, ...rest] = pathname.split("/");
  return isAppLocale(first) ? `/${rest.join("/")}` : pathname;
}

/** The locale a 404 speaks: the URL's own, or the visitor's Accept-Language for paths without one. */
export function notFoundLocale(request: Request): AppLocale {
  const first = new URL(request.url).pathname.split("/")[1];
  return isAppLocale(first) ? first : negotiateLocale(request.headers.get("accept-language"));
}

/**
 * The localized 404 for any unknown path: a readable page with status 404 (no JavaScript needed), or JSON
 * under /api/. Not cached by shared caches for long: the next deploy may add the page.
 */
export async function renderNotFound(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname === "/api" || url.pathname.startsWith("/api/")) {
    const headers = new Headers({ "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=60" });
    for (const { key, value } of securityHeaders()) headers.set(key, value);
    return new Response(JSON.stringify({ error: { code: "not_found" } }), { status: 404, headers });
  }
  const locale = notFoundLocale(request);
  const t = translator(locale, "notFound");
  const response = await renderPage({
    locale,
    path: restOf(url.pathname),
    title: t("title"),
    description: t("body"),
    robots: "noindex",
    status: 404,
    cache: "public, max-age=60",
    body: createElement(StatusPage, { locale, kind: "notFound" }),
  });
  if (!isAppLocale(url.pathname.split("/")[1])) response.headers.set("Vary", "Accept-Language");
  return response;
}

/** The error page: status 500, the same frame, no details (nothing about the failure reaches the page). */
export async function renderError(request: Request, locale: AppLocale): Promise<Response> {
  const url = new URL(request.url);
  const t = translator(locale, "error");
  return renderPage({
    locale,
    path: restOf(url.pathname),
    title: t("title"),
    description: t("body"),
    robots: "noindex",
    status: 500,
    cache: NO_STORE,
    body: createElement(StatusPage, { locale, kind: "error", retryHref: url.pathname + url.search }),
  });
}
