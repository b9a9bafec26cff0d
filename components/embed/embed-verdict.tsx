import { LevelMeter } from "@/components/result/level-meter";
import { verdictWindowText } from "@/components/result/shared-verdict";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { HORIZON_DAYS } from "@/lib/rules";
import type { Verdict } from "@/lib/sharing/verdict-link";
import { EmbedFooter } from "./embed-footer";
import { FrameLink } from "./embed-links";

/** A shared verdict inside a frame: someone else's estimate first, then the reader's own four questions. */
export function EmbedVerdict({ locale, verdict }: { locale: AppLocale; verdict: Verdict }) {
  const t = translator(locale, "result");
  const te = translator(locale, "embed");
  return (
    <div className="space-y-3">
      <p className="text-sm text-gray-700">{te("sharedIntro")}</p>
      <h1 className="text-xl font-bold text-brand-800">{t("verdictOnlyTitle", { level: t(`levels.${verdict.level}`), horizon: HORIZON_DAYS.value })}</h1>
      <LevelMeter locale={locale} level={verdict.level} />
      <p>
        {verdictWindowText(locale, verdict)}
        {t("sentenceEnd")}
      </p>
      <p>
        <FrameLink href={`/${locale}/embed`} className="inline-block rounded-md bg-brand-600 px-4 py-2.5 font-bold text-white">
          {te("checkOwn")}
        </FrameLink>
      </p>
      <EmbedFooter locale={locale} />
    </div>
  );
}
