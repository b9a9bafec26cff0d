import { GUIDE_PATHS, GUIDE_SECTIONS } from "@/lib/guide/sections";
import { localizedHref } from "@/lib/i18n/metadata";
import { routing } from "@/lib/i18n/routing";

/**
 * The indexable pages (locale-less): the questionnaire, the guide and the snippet kit. Result, verdict and
 * embed pages are noindex; share cards are images.
 */
export const INDEXABLE_PATHS: readonly string[] = ["/", "/guide", ...GUIDE_SECTIONS.map((s) => GUIDE_PATHS[s]), "/share"];

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** sitemap.xml: every indexable page in each script, each entry naming its alternates (hreflang). */
export function sitemapXml(origin: string, lastModified: string): string {
  const entries = INDEXABLE_PATHS.flatMap((path) =>
    routing.locales.map((locale) => {
      const links = [...routing.locales.map((l) => [l, l] as const), ["x-default", routing.defaultLocale] as const]
        .map(([hrefLang, l]) => `<xhtml:link rel="alternate" hreflang="${hrefLang}" href="${escapeXml(origin + localizedHref(l, path))}"/>`)
        .join("");
      return `<url><loc>${escapeXml(origin + localizedHref(locale, path))}</loc><lastmod>${lastModified}</lastmod>${links}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join("\n")}\n</urlset>\n`;
}

/**
 * robots.txt: everything may be crawled except the API and oEmbed (machine answers); result, verdict and
 * embed pages say noindex themselves (a crawler must be allowed to read that), share cards are images.
 */
export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /oembed\n\nSitemap: ${origin}/sitemap.xml\n`;
}
