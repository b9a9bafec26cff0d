import { localizedHref } from "@/lib/i18n/metadata";
import { routing, type AppLocale } from "@/lib/i18n/routing";

/** What a page says about itself; the renderer turns it into <head>. */
export interface HeadInput {
  locale: AppLocale;
  /** The locale-less path, "/" for the questionnaire. */
  path: string;
  /** Query that is part of the page's identity (kept in canonical and hreflang), without "?". Usually none. */
  canonicalQuery?: string;
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** e.g. "noindex, follow" for result pages and error pages; omitted means indexable. */
  robots?: string;
  og?: { title?: string; description?: string; type?: "website" | "article" };
  /** A large preview image (the share card): og:image and a large twitter card. Absolute URL. */
  image?: { url: string; width: number; height: number; alt: string };
  /** oEmbed discovery: the absolute /oembed URL for this page (WordPress and other consumers find the embed by it). */
  oembed?: { href: string; title: string };
}

export interface PageHead {
  lang: AppLocale;
  title: string;
  description: string;
  robots?: string;
  canonical: string;
  alternates: { hrefLang: string; href: string }[];
  meta: { property?: string; name?: string; content: string }[];
  links: { rel: string; type: string; href: string; title: string }[];
}

/** og:locale values: mainland Simplified, and Hong Kong Traditional (most zh-Hant readers live there). */
const OG_LOCALE: Record<AppLocale, string> = { "zh-Hans": "zh_CN", "zh-Hant": "zh_HK" };

/**
 * The head of a page as data: absolute canonical and hreflang (zh-Hans, zh-Hant, x-default) from the
 * configured origin, og and twitter tags. Pure, so it is unit-tested without rendering.
 */
export function pageHead(input: HeadInput, origin: string, siteName: string): PageHead {
  const { locale, path, canonicalQuery } = input;
  const url = (l: AppLocale) => origin + localizedHref(l, path, canonicalQuery);
  const title = input.title === siteName ? siteName : `${input.title} · ${siteName}`;
  const ogTitle = input.og?.title ?? input.title;
  const ogDescription = input.og?.description ?? input.description;
  return {
    lang: locale,
    title,
    description: input.description,
    robots: input.robots,
    canonical: url(locale),
    alternates: [
      ...routing.locales.map((l) => ({ hrefLang: l, href: url(l) })),
      { hrefLang: "x-default", href: url(routing.defaultLocale) },
    ],
    meta: [
      { property: "og:type", content: input.og?.type ?? "website" },
      { property: "og:site_name", content: siteName },
      { property: "og:title", content: ogTitle },
      { property: "og:description", content: ogDescription },
      { property: "og:url", content: url(locale) },
      { property: "og:locale", content: OG_LOCALE[locale] },
      ...routing.locales.filter((l) => l !== locale).map((l) => ({ property: "og:locale:alternate", content: OG_LOCALE[l] })),
      ...(input.image
        ? [
            { property: "og:image", content: input.image.url },
            { property: "og:image:type", content: "image/png" },
            { property: "og:image:width", content: String(input.image.width) },
            { property: "og:image:height", content: String(input.image.height) },
            { property: "og:image:alt", content: input.image.alt },
          ]
        : []),
      { name: "twitter:card", content: input.image ? "summary_large_image" : "summary" },
      { name: "twitter:title", content: ogTitle },
      { name: "twitter:description", content: ogDescription },
      ...(input.image ? [{ name: "twitter:image", content: input.image.url }, { name: "twitter:image:alt", content: input.image.alt }] : []),
    ],
    links: input.oembed ? [{ rel: "alternate", type: "application/json+oembed", href: input.oembed.href, title: input.oembed.title }] : [],
  };
}
