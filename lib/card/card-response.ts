import { configuredOrigin } from "@/lib/http/origin";
import { isAppLocale } from "@/lib/i18n/routing";
import { DAYS_MAX } from "@/lib/answers";
import { LEVELS, type Level } from "@/lib/rules";
import { cardImage } from "./card-image";
import { CARD_VERSION, cardText, type CardVerdict } from "./card-text";

const RANGE = /^(\d{1,4})-(\d{1,4})\.png$/;
export const CARD_ETAG = `"card-${CARD_VERSION}"`;
/** A request naming the current version gets a year; an unversioned one (a forum's [img]) a day. */
export const CARD_IMMUTABLE = "public, max-age=31536000, immutable";
export const CARD_UNVERSIONED = "public, max-age=86400, stale-while-revalidate=604800";

export type CardRequest = { ok: true; locale: "zh-Hans" | "zh-Hant"; verdict: CardVerdict } | { ok: false; status: 400 | 404 };

/** Reads /{locale}/card/{level}/{from}-{to}.png: a wrong shape is 404, a window that cannot be (from > to, past the day limit) 400. */
export function parseCardRequest(rawLocale: string, rawLevel: string, rawRange: string): CardRequest {
  const range = RANGE.exec(rawRange);
  if (!isAppLocale(rawLocale) || !(LEVELS as readonly string[]).includes(rawLevel) || !range) return { ok: false, status: 404 };
  const from = Number(range[1]);
  const to = Number(range[2]);
  if (from > to || to > DAYS_MAX) return { ok: false, status: 400 };
  return { ok: true, locale: rawLocale, verdict: { level: rawLevel as Level, from, to } };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" },
  });
}

/**
 * The share card's response. The ETag names the card version (rules version + card words); `?v=` with
 * the current version is cached for a year as immutable (a new version is a new URL), anything else for
 * a day, so an old [img] link in a forum post still shows the current card after a change.
 */
export async function cardResponse(request: Request, rawLocale: string, rawLevel: string, rawRange: string): Promise<Response> {
  const parsed = parseCardRequest(rawLocale, rawLevel, rawRange);
  if (!parsed.ok) return plain(parsed.status, parsed.status === 404 ? "Not Found" : "Bad Request");
  const url = new URL(request.url);
  const cache = url.searchParams.get("v") === CARD_VERSION ? CARD_IMMUTABLE : CARD_UNVERSIONED;
  const headers = {
    "Cache-Control": cache,
    ETag: CARD_ETAG,
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "cross-origin",
  };
  const match = request.headers.get("if-none-match");
  if (match !== null && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === CARD_ETAG)) {
    return new Response(null, { status: 304, headers });
  }
  try {
    const image = cardImage(parsed.locale, parsed.verdict, cardText(parsed.locale, parsed.verdict, configuredOrigin()), headers);
    // Render now, so a failure is a 500 here rather than a broken stream.
    const png = await image.arrayBuffer();
    return new Response(png, { status: 200, headers: { ...headers, "Content-Type": "image/png" } });
  } catch {
    return plain(500, "Internal Server Error");
  }
}
