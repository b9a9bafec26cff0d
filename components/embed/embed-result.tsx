import { LevelMeter } from "@/components/result/level-meter";
import { TimingText } from "@/components/result/timing-text";
import { serializeAnswers, type Answers } from "@/lib/answers";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import type { Estimate } from "@/lib/rules";
import { EmbedFooter } from "./embed-footer";
import { FrameLink, FullSiteLink } from "./embed-links";

/** The widget's compact result: level, meter and timing, then the full result (with rights and next steps) on the site. */
export function EmbedResult({ locale, answers, estimate }: { locale: AppLocale; answers: Answers; estimate: Estimate }) {
  const t = translator(locale, "result");
  const te = translator(locale, "embed");
  const query = serializeAnswers(answers);
  const { level, horizonDays } = estimate.likelihood;
  return (
    <div className="space-y-3">
      <h1 className="text-xl font-bold text-brand-800">{t("headline", { level: t(`levels.${level}`), horizon: horizonDays })}</h1>
      <LevelMeter locale={locale} level={level} />
      <TimingText locale={locale} days={answers.days} estimate={estimate} />
      <p>
        <FullSiteLink href={`/${locale}/result?${query}`} className="inline-block rounded-md bg-brand-600 px-4 py-2.5 font-bold text-white">
          {te("openFull")}
        </FullSiteLink>
      </p>
      <p>
        <FrameLink href={`/${locale}/embed?${query}`}>{te("change")}</FrameLink>
      </p>
      <p className="text-sm text-gray-700">{t("disclaimer")}</p>
      <EmbedFooter locale={locale} />
    </div>
  );
}
