import { citationLabel, forceOf, FORCES } from "@/lib/guide/citations";
import { sourceAnchor } from "@/lib/guide/sections";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { formatIsoDate } from "@/lib/i18n/dates";
import { inScript } from "@/lib/i18n/localized";
import { sources } from "@/lib/sources";
import { GuideFrame } from "./guide-frame";

/** Every source cited anywhere in the product (guide, rules, result pages), grouped by force, each dated. */
export function SourcesList({ locale }: { locale: AppLocale }) {
  const t = translator(locale, "sourcesPage");
  const tGuide = translator(locale, "guide");
  const groups = FORCES.map((force) => ({ force, items: sources.filter((s) => forceOf(s) === force) })).filter(
    (group) => group.items.length > 0,
  );
  return (
    <GuideFrame locale={locale} section="sources" title={t("title")} intro={t("intro")}>
      {groups.map(({ force, items }) => (
        <section key={force} aria-labelledby={`group-${force}`} className="space-y-3">
          <h2 id={`group-${force}`} className="text-xl font-bold text-brand-800">
            {tGuide(`force.${force}`)}
          </h2>
          <p className="text-sm text-gray-700">{tGuide(`forceHelp.${force}`)}</p>
          <ol className="space-y-3">
            {items.map((source) => {
              const note = source.note ? inScript(source.note, locale) : undefined;
              return (
                <li key={source.id} id={sourceAnchor(source.id)} className="scroll-mt-4 rounded-md border border-gray-200 p-3 target:border-brand-600 target:bg-brand-50">
                  <p className="font-medium">{citationLabel(source, locale)}</p>
                  <p className="text-sm text-gray-700">
                    {t("publisher", { publisher: inScript(source.publisher, locale) })}
                    {" · "}
                    <time dateTime={source.date}>{t("date", { date: formatIsoDate(source.date, locale) })}</time>
                    {" · "}
                    {t("checked", { date: formatIsoDate(source.checked, locale) })}
                  </p>
                  {note ? <p className="mt-1 text-sm">{note}</p> : null}
                  {source.url ? (
                    <p className="mt-1 text-sm">
                      <a href={source.url} rel="noreferrer" className="text-brand-700 underline underline-offset-2">
                        {t("link")}
                      </a>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </GuideFrame>
  );
}
