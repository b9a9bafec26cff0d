import { getLocale, getTranslations } from "next-intl/server";
import { Citations } from "@/components/guide/citations";
import { citationWords } from "@/components/guide/guide-shell";
import { getLender, type Estimate } from "@/lib/rules";
import { lenderName } from "./lender-name";

/** What is known of this lender's collection practice; each source dated, labelled by its force, linked to the source list. */
export async function LenderFacts({ lender }: { lender: Estimate["lender"] }) {
  const locale = await getLocale();
  const t = await getTranslations("result.lender");
  const { forceLabels } = await citationWords();
  return (
    <section aria-labelledby="lender-title" className="space-y-3">
      <h2 id="lender-title" className="text-lg font-bold text-brand-800">
        {t("title", { lender: lenderName(getLender(lender.id), locale) })}
      </h2>
      <p>{lender.visitPractice[locale]}</p>
      <Citations ids={lender.sources.map((s) => s.id)} locale={locale} label={t("sources")} forceLabels={forceLabels} />
    </section>
  );
}
