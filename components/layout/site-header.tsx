import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";

const NAV = [
  { key: "estimate", path: "" },
  { key: "guide", path: "/guide" },
  { key: "door", path: "/guide/door" },
  { key: "sources", path: "/guide/sources" },
] as const;

export async function SiteHeader() {
  const locale = await getLocale();
  const t = await getTranslations("site");
  const tSwitch = await getTranslations("languageSwitch");
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
        <LanguageSwitch locale={locale} label={tSwitch("label")} />
      </div>
      <nav aria-label={t("nav.label")} className="mx-auto max-w-2xl px-4 pb-2">
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
