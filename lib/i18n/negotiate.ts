import type { AppLocale } from "./routing";

// Regions and scripts whose readers expect Traditional characters (design.md, Locales).
const TRADITIONAL = /^zh-(hant|tw|hk|mo)\b/i;

/**
 * Picks the locale for a visitor who arrives without one, from Accept-Language.
 * The first Chinese entry by preference decides; anything else gets the default, zh-Hans.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): AppLocale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const chinese = ranked.find((entry) => /^zh\b/i.test(entry.tag));
  return chinese && TRADITIONAL.test(chinese.tag) ? "zh-Hant" : "zh-Hans";
}
