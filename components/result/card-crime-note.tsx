import { Citations } from "@/components/guide/citations";
import { citationWordsFor } from "@/components/guide/guide-frame";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { CARD_CRIME } from "@/lib/rules";

const SAFE_STEPS = ["safe1", "safe2", "safe3", "safe4"] as const;

/** The credit-card criminal line, calmly: what it is, and what keeps a borrower clear of it. Card debts only. */
export function CardCrimeNote({ locale }: { locale: AppLocale }) {
  const t = translator(locale, "result.cardCrime");
  const { forceLabels } = citationWordsFor(locale);
  const amount = new Intl.NumberFormat(locale).format(CARD_CRIME.amountYuan.value);
  return (
    <section aria-labelledby="card-crime-title" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="card-crime-title" className="text-lg font-bold text-amber-900">
        {t("title")}
      </h2>
      <p>{t("body", { amount, months: CARD_CRIME.unpaidMonths.value, gap: CARD_CRIME.noticeGapDays.value })}</p>
      <p className="font-medium">{t("safeTitle")}</p>
      <ul className="list-disc space-y-1 pl-5">
        {SAFE_STEPS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <Citations ids={CARD_CRIME.amountYuan.source} locale={locale} label={t("sources")} forceLabels={forceLabels} />
    </section>
  );
}
