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
  return intl(request);
}

export const config = {
  // Everything but the API, oEmbed, Next internals and files with an extension (icons, cards, sw.js).
  matcher: ["/((?!api|oembed|_next|_vercel|.*\\..*).*)"],
};
