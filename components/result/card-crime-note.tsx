import { Citations } from "@/components/guide/citations";
import { citationWordsFor } from "@/components/guide/guide-frame";
import { figureValues } from "@/lib/guide/legal-figures";
import { CARD_CRIME_FIGURES } from "@/lib/guide/rights";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { CARD_CRIME } from "@/lib/rules";

/**
 * The credit-card criminal line, calmly: what it is, and what keeps a borrower clear of it. Card debts only.
 * The words are the rights guide's, so the result and the guide say the same thing.
 */
export function CardCrimeNote({ locale }: { locale: AppLocale }) {
  const t = translator(locale, "result.cardCrime");
  const rights = translator(locale, "rights.points");
  const { forceLabels } = citationWordsFor(locale);
  return (
    <section aria-labelledby="card-crime-title" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="card-crime-title" className="text-lg font-bold text-amber-900">
        {t("title")}
      </h2>
      <p>{rights("cardCrimeWhat.body", figureValues(CARD_CRIME_FIGURES, locale))}</p>
      <h3 className="font-medium">{rights("cardCrimeSafe.title")}</h3>
      <p>{rights("cardCrimeSafe.body")}</p>
      <Citations ids={CARD_CRIME.amountYuan.source} locale={locale} label={t("sources")} forceLabels={forceLabels} />
    </section>
  );
}
