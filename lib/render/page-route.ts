import { isOversizeQuery, uriTooLong } from "@/lib/http/oversize";
import type { AppLocale } from "@/lib/i18n/routing";
import { isAppLocale } from "@/lib/i18n/routing";
import { cachedPage } from "./page-cache";
import { renderError, renderNotFound } from "./status-pages";

/**
 * The body of every page's GET handler: an unknown locale segment is a 404 (app/[locale] also catches
 * paths like /x.png that the proxy never sees), and a failure while rendering becomes the plain error page
 * with status 500. Nothing about the request or the error is logged: URLs carry the user's answers.
 * A GET whose page was rendered before comes from the in-process page cache (./page-cache.ts).
 */
export async function pageRoute(
  request: Request,
  rawLocale: string,
  render: (locale: AppLocale, url: URL) => Promise<Response>,
): Promise<Response> {
  if (!isAppLocale(rawLocale)) return renderNotFound(request);
  if (isOversizeQuery(new URL(request.url))) return uriTooLong();
  try {
    return await cachedPage(request, rawLocale, () => render(rawLocale, new URL(request.url)));
  } catch {
    try {
      return await renderError(request, rawLocale);
    } catch {
      return new Response("Internal Server Error", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  }
}
