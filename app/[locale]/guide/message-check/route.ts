import { createElement } from "react";
import { MessageCheckPage, type MessageCheckState } from "@/components/message-check/message-check-page";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { checkMessage, MESSAGE_LIMITS } from "@/lib/message-check";
import { readCheckForm } from "@/lib/message-check/input";
import { readLimitedBody } from "@/lib/http/limited-body";
import { pageRoute } from "@/lib/render/page-route";
import { NO_STORE, renderPage } from "@/lib/render/render-page";

// Rendered per request: the origin (SITE_URL) is read at run time, never baked in by the build.
export const dynamic = "force-dynamic";

function page(locale: AppLocale, url: URL, options: { state?: MessageCheckState; status?: number; cache?: string } = {}) {
  const t = translator(locale, "messageCheck");
  return renderPage({
    locale,
    path: GUIDE_PATHS.messageCheck,
    query: url.searchParams.toString(),
    title: t("metaTitle"),
    description: t("metaDescription"),
    body: createElement(MessageCheckPage, { locale, state: options.state }),
    // The check run in the browser (nothing sent).
    islands: ["message-check"],
    status: options.status,
    cache: options.cache,
  });
}

/** The empty form: a plain cacheable page. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/guide/message-check">) {
  return pageRoute(request, (await params).locale, async (locale, url) => page(locale, url));
}

/**
 * The no-JavaScript path: the form posts here and the server checks the message with the same function the
 * island uses. The message is in the POST body and this uncached answer only: never in the URL, a log or a
 * cache. A body over the byte cap is refused before it is read in full (413).
 */
export async function POST(request: Request, { params }: RouteContext<"/[locale]/guide/message-check">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const body = await readLimitedBody(request, MESSAGE_LIMITS.maxBodyBytes);
    if (body === "too_large") {
      const state: MessageCheckState = { values: { text: "", kind: "unknown", receivedAt: "" }, errors: { text: "tooLong" } };
      return page(locale, url, { state, status: 413, cache: NO_STORE });
    }
    const form = new URLSearchParams(body ?? "");
    const read = readCheckForm((name) => form.get(name));
    if (!read.ok) return page(locale, url, { state: { values: read.values, errors: read.errors }, status: 400, cache: NO_STORE });
    const { text, kind, receivedAt } = read.values;
    const findings = checkMessage({ text, kind, receivedAt: receivedAt || undefined });
    return page(locale, url, { state: { values: read.values, findings }, cache: NO_STORE });
  });
}
