import { CARD_HEIGHT, CARD_WIDTH, cardUrl, type CardVerdict } from "@/lib/card/card-text";
import { localizedHref } from "@/lib/i18n/metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import type { HeadInput } from "@/lib/render/head";
import { HORIZON_DAYS } from "@/lib/rules";

/** The oEmbed endpoint's URL for one page of this site (discovery <link> and the snippet kit). */
export function oembedHref(origin: string, pageUrl: string): string {
  return `${origin}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

/**
 * What a result or verdict page adds to its head for sharing: the verdict's card as og:image and
 * twitter:image (level and window only, whatever the page shows), and oEmbed discovery for its own URL.
 */
export function shareHead(locale: AppLocale, origin: string, path: string, query: string, verdict: CardVerdict): Pick<HeadInput, "image" | "oembed"> {
  const level = translator(locale, "result")(`levels.${verdict.level}`);
  const alt = translator(locale, "card")("alt", { horizon: HORIZON_DAYS.value, level });
  const pageUrl = origin + localizedHref(locale, path, query);
  return {
    image: { url: cardUrl(origin, locale, verdict), width: CARD_WIDTH, height: CARD_HEIGHT, alt },
    oembed: { href: oembedHref(origin, pageUrl), title: translator(locale, "embed")("frameTitle", { site: translator(locale, "site")("name") }) },
  };
}
