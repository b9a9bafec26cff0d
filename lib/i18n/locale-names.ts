import type { AppLocale } from "./routing";

/** Each language's own name in its own script (an endonym), shown on the switch with a matching lang attribute. */
export const LOCALE_ENDONYMS: Record<AppLocale, string> = {
  "zh-Hans": "简体中文",
  "zh-Hant": "繁體中文",
};

export function otherLocale(locale: AppLocale): AppLocale {
  return locale === "zh-Hans" ? "zh-Hant" : "zh-Hans";
}
