import { formatYuan } from "@/lib/i18n/amounts";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { AMOUNT, REMINDER_DAYS, SMALL_DEBT } from "@/lib/rules/weights";
import type { Estimate } from "@/lib/rules";

/** Each factor with its direction, a one-line reason and whether it rests on a source or on our judgement. */
export function FactorList({ locale, estimate }: { locale: AppLocale; estimate: Estimate }) {
  const t = translator(locale, "result.factors");
  const reason = translator(locale, "factors");
  // Every figure a factor line states comes from the rules data.
  const args = {
    days: REMINDER_DAYS.value,
    from: estimate.timing.typicalFromDay,
    to: estimate.timing.typicalToDay,
    reference: formatYuan(AMOUNT.referenceYuan.value, locale),
    small: formatYuan(SMALL_DEBT.belowYuan.value, locale),
  };
  return (
    <section aria-labelledby="factors-title" className="space-y-3">
      <h2 id="factors-title" className="text-lg font-bold text-brand-800">
        {t("title")}
      </h2>
      <ul className="space-y-2">
        {estimate.factors.map((factor, index) => (
          <li key={factor.id} className="flex gap-3">
            {/* The first line is the stage: the starting point the other factors raise or lower, not a rise itself. */}
            <span
              className={`mt-0.5 h-fit shrink-0 rounded px-1.5 py-0.5 text-xs font-bold ${
                index === 0 ? "bg-gray-100 text-gray-800" : factor.effect === "raises" ? "bg-orange-100 text-orange-900" : "bg-emerald-100 text-emerald-900"
              }`}
            >
              {index === 0 ? t("base") : factor.effect === "raises" ? `↑ ${t("raises")}` : `↓ ${t("lowers")}`}
            </span>
            <span>
              {reason(factor.id, args)}{" "}
              <span className="whitespace-nowrap text-sm text-gray-600">（{factor.basis === "source" ? t("basisSource") : t("basisJudgement")}）</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-gray-700">{t("basisNote")}</p>
    </section>
  );
}
