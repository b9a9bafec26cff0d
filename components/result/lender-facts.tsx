import { Citations } from "@/components/guide/citations";
import { citationWordsFor } from "@/components/guide/guide-frame";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { getLender, type Estimate } from "@/lib/rules";
import { inScript } from "@/lib/i18n/localized";

/** What is known of this lender's collection practice; each source dated, labelled by its force, linked to the source list. */
export function LenderFacts({ locale, lender }: { locale: AppLocale; lender: Estimate["lender"] }) {
  const t = translator(locale, "result");
  const { forceLabels } = citationWordsFor(locale);
  return (
    <section aria-labelledby="lender-title" className="space-y-3">
      <h2 id="lender-title" className="text-lg font-bold text-brand-800">
        {t("lender.title", { lender: inScript(getLender(lender.id).name, locale) })}
      </h2>
      <p className="text-sm text-gray-700">{t("lender.kind", { kind: t(`kinds.${lender.kind}`) })}</p>
      <p>{lender.visitPractice[locale]}</p>
      <Citations ids={lender.sources.map((s) => s.id)} locale={locale} label={t("lender.sources")} forceLabels={forceLabels} />
    </section>
  );
}
