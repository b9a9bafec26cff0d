import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { HORIZON_DAYS } from "@/lib/rules";
import { hasWindow, type Verdict } from "@/lib/sharing/verdict-link";
import { LevelMeter } from "./level-meter";

/** The window sentence a verdict link shows (also its description). */
export function verdictWindowText(locale: AppLocale, verdict: Verdict): string {
  const t = translator(locale, "result");
  return hasWindow(verdict) ? t("metaWindow", { from: verdict.from, to: verdict.to }) : t("metaWindowNone");
}

/**
 * A verdict someone shared, without their lender, amount or days: said to be someone else's estimate first,
 * so a forged "very high" link does not read as a notice to the reader, then an invitation to check one's own.
 */
export function SharedVerdict({ locale, verdict }: { locale: AppLocale; verdict: Verdict | null }) {
  const t = translator(locale, "result");
  const tq = translator(locale, "questionnaire");
  return (
    <div className="space-y-6">
      {verdict ? (
        <section aria-labelledby="verdict-title" className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <p className="text-sm text-gray-700">{t("verdictOnlyNote")}</p>
          <h1 id="verdict-title" className="text-2xl font-bold text-brand-800">
            {t("verdictOnlyTitle", { level: t(`levels.${verdict.level}`), horizon: HORIZON_DAYS.value })}
          </h1>
          <LevelMeter locale={locale} level={verdict.level} />
          <p>
            {verdictWindowText(locale, verdict)}
            {t("sentenceEnd")}
            {verdict.phase && verdict.phase !== "not_overdue" && <>{t(`verdictPhase.${verdict.phase}`)}</>}
          </p>
        </section>
      ) : (
        <h1 className="text-2xl font-bold text-brand-800">{tq("title")}</h1>
      )}
      <p>
        <a href={`/${locale}`} className="inline-block rounded-md bg-brand-600 px-4 py-3 font-bold text-white">
          {tq("submit")}
        </a>
      </p>
      <p className="text-sm text-gray-700">{t("disclaimer")}</p>
    </div>
  );
}
