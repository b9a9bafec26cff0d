import type { ReactNode } from "react";
import { CONTENT_CHECKED } from "@/lib/content/checked";
import { formatIsoDate } from "@/lib/i18n/dates";
import { GUIDE_PATHS, GUIDE_SECTIONS, type GuideSection } from "@/lib/guide/sections";
import { localizedHref } from "@/lib/i18n/metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

interface Props {
  locale: AppLocale;
  /** The section this page is; undefined for the guide's index, which lists the sections itself. */
  section?: GuideSection;
  title: string;
  intro: string;
  children: ReactNode;
}

/**
 * The frame of every guide page: a way back to the guide, the one-tap link to the door screen,
 * the title, the date the content was checked, and links to the other sections (not on the index,
 * whose own list already links every section).
 */
export function GuideFrame({ locale, section, title, intro, children }: Props) {
  const t = translator(locale, "guide");
  const others = GUIDE_SECTIONS.filter((s) => s !== section);
  return (
    <article className="space-y-6">
      {section ? (
        <p className="text-sm">
          <a href={localizedHref(locale, "/guide")} className="text-brand-700 underline underline-offset-2">
            {t("index.title")}
          </a>
        </p>
      ) : null}
      <p className="rounded-lg border-2 border-red-700 bg-red-50 px-4 py-3">
        <span className="font-bold text-red-900">{t("doorBanner")}</span>{" "}
        <a href={localizedHref(locale, GUIDE_PATHS.door)} className="font-bold text-red-800 underline underline-offset-2">
          {t("doorBannerLink")}
        </a>
      </p>
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug text-brand-800">{title}</h1>
        <p className="text-base">{intro}</p>
        <p className="text-sm text-gray-700">{t("checked", { date: formatIsoDate(CONTENT_CHECKED, locale) })}</p>
      </header>
      {children}
      <p className="rounded-md bg-gray-100 px-4 py-3 text-sm text-gray-800">{t("notAdvice")}</p>
      {section ? (
        <nav aria-label={t("moreLabel")} className="border-t border-brand-100 pt-4">
          <h2 className="mb-2 text-lg font-bold text-brand-800">{t("moreLabel")}</h2>
          <ul className="space-y-2">
            {others.map((s) => (
              <li key={s}>
                <a href={localizedHref(locale, GUIDE_PATHS[s])} className="font-medium text-brand-700 underline underline-offset-2">
                  {t(`sections.${s}.title`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  );
}

/** Words for <Citations>, read once per page. */
export function citationWordsFor(locale: AppLocale) {
  const t = translator(locale, "guide");
  return {
    label: t("citeLabel"),
    forceLabels: {
      law: t("force.law"),
      standard: t("force.standard"),
      selfRegulation: t("force.selfRegulation"),
      policy: t("force.policy"),
      report: t("force.report"),
      ownSummary: t("force.ownSummary"),
      seed: t("force.seed"),
    },
  };
}
