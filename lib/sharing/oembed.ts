import { parseAnswers, serializeAnswers } from "@/lib/answers";
import { CARD_HEIGHT, CARD_WIDTH, cardUrl, type CardVerdict } from "@/lib/card/card-text";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { estimate, HORIZON_DAYS } from "@/lib/rules";
import { parseVerdict, serializeVerdict, verdictOf } from "./verdict-link";

export const EMBED_WIDTH = 600;
export const EMBED_HEIGHT = 600;

export interface OembedRich {
  version: "1.0";
  type: "rich";
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export type OembedAnswer = { status: 200; body: OembedRich } | { status: 400 | 404 | 501 };

const PAGE = /^\/(zh-Hans|zh-Hant)\/(result|verdict|embed|embed\/result|embed\/verdict)\/?$/;
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** What a page URL of this site embeds as: the frame's page, a title without the debt, and the card when it has a verdict. */
function embedTarget(locale: AppLocale, page: string, params: URLSearchParams): { src: string; title: string; verdict?: CardVerdict } | null {
  const t = translator(locale, "result");
  const widget = translator(locale, "embed")("frameTitle", { site: translator(locale, "site")("name") });
  if (page === "embed") return { src: `/${locale}/embed`, title: widget };
  if (page === "result" || page === "embed/result") {
    const parsed = parseAnswers(params);
    if (!parsed.ok) return null;
    const result = estimate(parsed.answers);
    const title = t("headline", { level: t(`levels.${result.likelihood.level}`), horizon: result.likelihood.horizonDays });
    return { src: `/${locale}/embed/result?${serializeAnswers(parsed.answers)}`, title, verdict: verdictOf(result) };
  }
  const verdict = parseVerdict(Object.fromEntries(params));
  if (!verdict) return null;
  const title = t("verdictOnlyTitle", { level: t(`levels.${verdict.level}`), horizon: HORIZON_DAYS.value });
  return { src: `/${locale}/embed/verdict?${serializeVerdict(verdict)}`, title, verdict };
}

function dimension(raw: string | null, fallback: number): number {
  if (raw === null || !/^\d{1,5}$/.test(raw) || Number(raw) === 0) return fallback;
  return Math.min(fallback, Number(raw));
}

/**
 * The oEmbed answer (https://oembed.com) for a result, verdict or embed URL of this site: a `rich` embed
 * whose HTML is a blockquote with a plain link, then the sandboxed iframe, the pattern WordPress uses for its
 * own posts: WordPress shows the blockquote until the frame posts its height, so a reader always has the link.
 * Any other URL (another host, another page, answers that do not parse) is 404; only JSON is offered (501).
 */
export function oembedAnswer(query: URLSearchParams, origin: string): OembedAnswer {
  const format = query.get("format");
  // oEmbed's 501 says "this format exists, this provider doesn't serve it" (xml); anything else is a bad request.
  if (format === "xml") return { status: 501 };
  if (format !== null && format !== "json") return { status: 400 };
  let url: URL;
  try {
    url = new URL(query.get("url") ?? "");
  } catch {
    return { status: 404 };
  }
  const match = PAGE.exec(url.pathname);
  if (url.origin !== new URL(origin).origin || !match) return { status: 404 };
  const [, locale, page] = match;
  if (!locale || !page || !isAppLocale(locale)) return { status: 404 };
  const target = embedTarget(locale, page, url.searchParams);
  if (!target) return { status: 404 };

  const width = dimension(query.get("maxwidth"), EMBED_WIDTH);
  const height = dimension(query.get("maxheight"), EMBED_HEIGHT);
  const link = url.toString();
  const html =
    `<blockquote class="wp-embedded-content"><a href="${escape(link)}">${escape(target.title)}</a></blockquote>` +
    `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${escape(origin + target.src)}" ` +
    `width="${width}" height="${height}" title="${escape(target.title)}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`;
  const body: OembedRich = {
    version: "1.0",
    type: "rich",
    provider_name: translator(locale, "site")("name"),
    provider_url: `${origin}/${locale}`,
    title: target.title,
    html,
    width,
    height,
    cache_age: 86400,
  };
  if (target.verdict) {
    Object.assign(body, { thumbnail_url: cardUrl(origin, locale, target.verdict), thumbnail_width: CARD_WIDTH, thumbnail_height: CARD_HEIGHT });
  }
  return { status: 200, body };
}
