import type { Answers } from "@/lib/answers";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { getLender, type Estimate } from "@/lib/rules";
import { formatYuan } from "@/lib/i18n/amounts";
import { inScript } from "@/lib/i18n/localized";
import { LevelMeter } from "./level-meter";
import { TimingText } from "./timing-text";

/** The headline: how likely a visit is in the coming days, what that means, and when visits are typical. */
export function Verdict({ locale, answers, estimate }: { locale: AppLocale; answers: Answers; estimate: Estimate }) {
  const t = translator(locale, "result");
  const tq = translator(locale, "questionnaire");
  const { level, horizonDays } = estimate.likelihood;
  const amount = formatYuan(answers.amount, locale);
  return (
    <section aria-labelledby="verdict-title" className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <p className="text-sm font-medium text-brand-700">{t("eyebrow")}</p>
      <h1 id="verdict-title" className="text-2xl font-bold text-brand-800">
        {t("headline", { level: t(`levels.${level}`), horizon: horizonDays })}
      </h1>
      <LevelMeter locale={locale} level={level} />
      <p className="text-sm text-gray-800">{t("horizonNote", { horizon: horizonDays })}</p>
      <p className="text-gray-800">
        {t("summary", {
          lender: inScript(getLender(answers.lender).name, locale),
          days: answers.days,
          amount,
          contact: tq(`contact.${answers.contact}`),
        })}
      </p>
      <div>
        <h2 className="font-bold text-brand-800">{t("timing.title")}</h2>
        <TimingText locale={locale} days={answers.days} estimate={estimate} />
      </div>
    </section>
  );
}
