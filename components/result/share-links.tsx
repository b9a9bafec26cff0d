import { serializeAnswers, type Answers } from "@/lib/answers";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import type { Estimate } from "@/lib/rules";
import { serializeVerdict, verdictOf } from "@/lib/sharing/verdict-link";

/** Two privacy levels: the verdict alone first, then the full answers. Plain links: long-press to copy. */
export function ShareLinks({ locale, origin, answers, estimate }: { locale: AppLocale; origin: string; answers: Answers; estimate: Estimate }) {
  const t = translator(locale, "result.share");
  const verdictHref = `${origin}/${locale}/verdict?${serializeVerdict(verdictOf(estimate))}`;
  const fullHref = `${origin}/${locale}/result?${serializeAnswers(answers)}`;
  return (
    <section aria-labelledby="share-title" className="space-y-2">
      <h2 id="share-title" className="text-lg font-bold text-brand-800">
        {t("title")}
      </h2>
      <ul className="space-y-2 text-sm">
        <li>
          <a href={verdictHref} rel="nofollow" className="font-medium text-brand-700 underline">
            {t("verdictOnly")}
          </a>
          <span className="block break-all text-gray-600">{verdictHref}</span>
        </li>
        <li>
          <a href={fullHref} rel="nofollow" className="font-medium text-brand-700 underline">
            {t("full")}
          </a>
          <span className="block break-all text-gray-600">{fullHref}</span>
        </li>
      </ul>
      <p className="text-sm text-gray-700">{t("hint")}</p>
    </section>
  );
}
