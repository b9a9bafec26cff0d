import { NextResponse, type NextRequest } from "next/server";
import { configuredOrigin } from "@/lib/http/origin";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { isAppLocale } from "@/lib/i18n/routing";

/**
 * Locale negotiation only: a path without a locale is redirected by Accept-Language (no cookie, Vary set).
 * No Link header: hreflang alternates are in each page's <head>, built from SITE_URL, never from Host.
 */
export default function proxy(request: NextRequest) {
  const [, first] = request.nextUrl.pathname.split("/");
  if (!isAppLocale(first)) {
    // No locale in the path: pick one from Accept-Language and keep the rest of the URL.
    // Absolute against SITE_URL: request.nextUrl's host comes from the Host header, which anyone can forge.
    const locale = negotiateLocale(request.headers.get("accept-language"));
    const { pathname, search } = request.nextUrl;
    const location = new URL(`/${locale}${pathname === "/" ? "" : pathname}${search}`, configuredOrigin());
    const response = NextResponse.redirect(location, 307);
    response.headers.set("Vary", "Accept-Language");
    response.headers.set("Cache-Control", "private, no-cache");
    return response;
  }
  const response = NextResponse.next();
  if (SHARED_CACHEABLE.test(request.nextUrl.pathname)) {
    // Same URL, same page, nothing personal in the response: let shared caches keep it.
    // (Route-handler pages set their own Cache-Control; these two are still App Router pages.)
    response.headers.set("Cache-Control", "public, max-age=300, s-maxage=86400, stale-while-revalidate=86400");
  }
  return response;
}

// The result and shared-verdict pages render only from their URL.
const SHARED_CACHEABLE = /^\/zh-Han[st]\/(result|verdict)\/?$/;

export const config = {
  // Everything but the API, oEmbed, Next internals and files with an extension (icons, cards, sw.js).
  matcher: ["/((?!api|oembed|_next|_vercel|.*\\..*).*)"],
};
