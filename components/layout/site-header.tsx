import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { LanguageSwitch } from "./language-switch";

const NAV = [
  { key: "estimate", path: "" },
  { key: "guide", path: "/guide" },
  { key: "door", path: "/guide/door" },
  { key: "sources", path: "/guide/sources" },
] as const;

interface Props {
  locale: AppLocale;
  /** The other script's href for this page (switchHref). */
  switchHref: string;
}

/** Skip link, site name, language switch and the main sections; the door screen stands out in red. */
export function SiteHeader({ locale, switchHref }: Props) {
  const t = translator(locale, "site");
  return (
    <header className="border-b border-brand-100 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-2xl items-center justify-between gap-3 px-4 py-3">
        <a href={`/${locale}`} className="text-lg font-bold text-brand-800" aria-label={t("homeLink", { name: t("name") })}>
          {t("name")}
        </a>
        <LanguageSwitch locale={locale} href={switchHref} />
      </div>
      <nav aria-label={t("nav.label")} className="mx-auto max-w-2xl px-4 pb-2 print:hidden">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {NAV.map(({ key, path }) => (
            <li key={key}>
              <a href={`/${locale}${path}`} className={key === "door" ? "font-medium text-red-800 underline" : "text-brand-700 underline"}>
                {t(`nav.${key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
