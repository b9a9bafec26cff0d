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
  // Pages set their own Cache-Control (route handlers through lib/render).
  return NextResponse.next();
}

export const config = {
  // Everything but the API, oEmbed, Next internals and files with an extension (icons, cards, sw.js).
  matcher: ["/((?!api|oembed|_next|_vercel|.*\\..*).*)"],
};
