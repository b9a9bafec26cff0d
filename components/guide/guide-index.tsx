import { GUIDE_PATHS, GUIDE_SECTIONS } from "@/lib/guide/sections";
import { localizedHref } from "@/lib/i18n/metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { GuideFrame } from "./guide-frame";

/** The guide's index: every section with a one-line description. */
export function GuideIndex({ locale }: { locale: AppLocale }) {
  const t = translator(locale, "guide");
  return (
    <GuideFrame locale={locale} title={t("index.title")} intro={t("index.intro")}>
      <nav aria-label={t("index.sectionsLabel")}>
        <ul className="space-y-3">
          {GUIDE_SECTIONS.map((section) => (
            <li key={section}>
              <a
                href={localizedHref(locale, GUIDE_PATHS[section])}
                className="block rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 hover:border-brand-600"
              >
                <span className="block text-lg font-bold text-brand-800 underline underline-offset-2">
                  {t(`sections.${section}.title`)}
                </span>
                <span className="block text-sm text-gray-800">{t(`sections.${section}.desc`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </GuideFrame>
  );
}
