import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";

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
    </header>
  );
}
