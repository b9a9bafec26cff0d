import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { GuideShell } from "@/components/guide/guide-shell";
import { GUIDE_PATHS, GUIDE_SECTIONS } from "@/lib/guide/sections";
import { alternatesFor, localizedHref } from "@/lib/i18n/metadata";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("guide.index");
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: alternatesFor(locale, "/guide") };
}

export default async function GuideIndexPage() {
  const locale = await getLocale();
  const t = await getTranslations("guide");
  return (
    <GuideShell title={t("index.title")} intro={t("index.intro")}>
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
    </GuideShell>
  );
}
