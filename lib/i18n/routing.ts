import { defineRouting } from "next-intl/routing";

/**
 * The one routing config: the proxy, the renderer and the translators read it.
 * Locales are always prefixed and never remembered in a cookie, so a shared cache can serve any page.
 */
export const routing = defineRouting({
  locales: ["zh-Hans", "zh-Hant"],
  defaultLocale: "zh-Hans",
  localePrefix: "always",
  localeCookie: false,
  localeDetection: false, // proxy.ts negotiates itself (lib/i18n/negotiate.ts)
  alternateLinks: false, // no Link header: it would copy Host; pages carry hreflang built from SITE_URL
});

export type AppLocale = (typeof routing.locales)[number];

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}
