import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { isAppLocale, routing } from "@/lib/i18n/routing";

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const [, first] = request.nextUrl.pathname.split("/");
  if (!isAppLocale(first)) {
    // No locale in the path: pick one from Accept-Language and keep the rest of the URL.
    const locale = negotiateLocale(request.headers.get("accept-language"));
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}${request.nextUrl.pathname === "/" ? "" : request.nextUrl.pathname}`;
    const response = NextResponse.redirect(url, 307);
    response.headers.set("Vary", "Accept-Language");
    response.headers.set("Cache-Control", "private, no-cache");
    return response;
  }
  const response = intl(request);
  if (SHARED_CACHEABLE.test(request.nextUrl.pathname)) {
    // Same URL, same page, nothing personal in the response: let shared caches keep it.
    response.headers.set("Cache-Control", "public, max-age=300, s-maxage=86400, stale-while-revalidate=86400");
  }
  return response;
}

// The questionnaire, result and shared-verdict pages render only from their URL.
const SHARED_CACHEABLE = /^\/zh-Han[st](\/(result|verdict))?\/?$/;

export const config = {
  // Everything but the API, oEmbed, Next internals and files with an extension (icons, cards, sw.js).
  matcher: ["/((?!api|oembed|_next|_vercel|.*\\..*).*)"],
};
