import { LOCALE_ENDONYMS, otherLocale } from "@/lib/i18n/locale-names";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

interface Props {
  locale: AppLocale;
  /** The same page and answers in the other script (see switchHref). */
  href: string;
}

/** A plain link to the same page in the other script, named in that script (lang set so it reads right). */
export function LanguageSwitch({ locale, href }: Props) {
  const t = translator(locale, "languageSwitch");
  const target = otherLocale(locale);
  return (
    <nav aria-label={t("label")}>
      <a
        href={href}
        hrefLang={target}
        lang={target}
        className="inline-block rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
      >
        {LOCALE_ENDONYMS[target]}
      </a>
    </nav>
  );
}

/** Only the locale segment changes: the rest of the path and the query (the answers) are kept. */
export function switchHref(locale: AppLocale, path: string, query?: string): string {
  const rest = path === "/" ? "" : path;
  return `/${otherLocale(locale)}${rest}${query ? `?${query}` : ""}`;
}
