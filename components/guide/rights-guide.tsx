import { FORCES } from "@/lib/guide/citations";
import { figureValues } from "@/lib/guide/legal-figures";
import { RIGHTS_SECTIONS } from "@/lib/guide/rights";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import { localizedHref } from "@/lib/i18n/metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { Citations } from "./citations";
import { citationWordsFor, GuideFrame } from "./guide-frame";

// The forces a reader meets on this page, explained once at the top.
const LEGEND = FORCES.filter((f) => f !== "seed" && f !== "report" && f !== "ownSummary");

/** Your rights during collection: a table of contents, the legend of legal force, then each point with its sources. */
export function RightsGuide({ locale }: { locale: AppLocale }) {
  const t = translator(locale, "rights");
  const tGuide = translator(locale, "guide");
  const cite = citationWordsFor(locale);
  return (
    <GuideFrame locale={locale} section="rights" title={t("title")} intro={t("intro")}>
      <nav aria-label={t("tocLabel")}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {RIGHTS_SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="text-brand-700 underline underline-offset-2">
                {t(`sections.${section.id}.title`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="legend" className="rounded-lg border border-brand-100 px-4 py-3">
        <h2 id="legend" className="mb-1 font-bold text-brand-800">
          {t("legendTitle")}
        </h2>
        <dl className="space-y-1 text-sm">
          {LEGEND.map((force) => (
            <div key={force}>
              <dt className="inline font-medium">{tGuide(`force.${force}`)}：</dt>
              <dd className="inline">{tGuide(`forceHelp.${force}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {RIGHTS_SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="space-y-4">
          <h2 id={section.id} className="scroll-mt-4 text-xl font-bold text-brand-800">
            {t(`sections.${section.id}.title`)}
          </h2>
          {section.points.map((point) => (
            <section key={point.id} id={point.id} aria-labelledby={`${point.id}-title`} className="border-l-4 border-brand-100 pl-3">
              <h3 id={`${point.id}-title`} className="font-bold">
                {t(`points.${point.id}.title`)}
              </h3>
              <p>{t(`points.${point.id}.body`, figureValues("figures" in point ? point.figures : undefined, locale))}</p>
              {point.id === "cardInstalment" ? (
                <p className="mt-1">
                  <a href={localizedHref(locale, GUIDE_PATHS.negotiate)} className="text-brand-700 underline underline-offset-2">
                    {tGuide("sections.negotiate.title")}
                  </a>
                </p>
              ) : null}
              <Citations ids={point.cites} locale={locale} {...cite} />
            </section>
          ))}
        </section>
      ))}
    </GuideFrame>
  );
}
