import { createElement } from "react";
import { NegotiateGuide } from "@/components/guide/negotiate-guide";
import { composeLetter, letterInputFrom } from "@/lib/guide/letter";
import { letterKits } from "@/lib/guide/letter-kit";
import type { LetterState } from "@/lib/guide/letter-state";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { pageRoute } from "@/lib/render/page-route";
import { NO_STORE, renderPage } from "@/lib/render/render-page";

// Rendered per request: the origin (SITE_URL) is read at run time, never baked in by the build.
export const dynamic = "force-dynamic";

/** A letter form is well under 4 KB; anything much larger is not one. */
const MAX_BODY_BYTES = 64 * 1024;

function page(locale: AppLocale, url: URL, options: { letter?: LetterState; status?: number; cache?: string } = {}) {
  const t = translator(locale, "negotiate");
  return renderPage({
    locale,
    path: GUIDE_PATHS.negotiate,
    query: url.searchParams.toString(),
    title: t("metaTitle"),
    description: t("metaDescription"),
    body: createElement(NegotiateGuide, { locale, letter: options.letter }),
    // The letter written in the browser (nothing sent), and copy/print/download for it.
    islands: ["letter", "text-actions"],
    status: options.status,
    cache: options.cache,
  });
}

/** Negotiating repayment, with the letter generator. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/guide/negotiate">) {
  return pageRoute(request, (await params).locale, async (locale, url) => page(locale, url));
}

/**
 * The no-JavaScript path of the letter: the form posts here, the letter is written with the same pure
 * function the browser uses (lib/guide/letter.ts), and the page shows it. Nothing is stored or logged; the
 * inputs travel only in the POST body and this uncached answer. The letter's script is the one the form
 * asks for (Simplified by default), whatever the page's.
 */
export async function POST(request: Request, { params }: RouteContext<"/[locale]/guide/negotiate">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    if (!(declared <= MAX_BODY_BYTES)) return page(locale, url, { status: 413, cache: NO_STORE });
    const form = await request.formData().catch(() => null);
    const input = letterInputFrom((name) => form?.get(name));
    return page(locale, url, { letter: { input, result: composeLetter(input, letterKits()) }, cache: NO_STORE });
  });
}
