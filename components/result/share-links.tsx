import { getLocale, getTranslations } from "next-intl/server";
import { serializeAnswers, type Answers } from "@/lib/answers";
import { siteOrigin } from "@/lib/http/origin";
import type { Estimate } from "@/lib/rules";
import { serializeVerdict, verdictOf } from "@/lib/sharing/verdict-link";

/** Two privacy levels: the verdict alone, or the full answers. Plain links: long-press to copy. */
export async function ShareLinks({ answers, estimate }: { answers: Answers; estimate: Estimate }) {
  const locale = await getLocale();
  const t = await getTranslations("result.share");
  const origin = await siteOrigin();
  const verdictHref = `${origin}/${locale}/verdict?${serializeVerdict(verdictOf(estimate))}`;
  const fullHref = `${origin}/${locale}/result?${serializeAnswers(answers)}`;
  return (
    <section aria-labelledby="share-title" className="space-y-2">
      <h2 id="share-title" className="text-lg font-bold text-brand-800">
        {t("title")}
      </h2>
      <ul className="space-y-2 text-sm">
        <li>
          <a href={verdictHref} className="font-medium text-brand-700 underline">
            {t("verdictOnly")}
          </a>
          <span className="block break-all text-gray-600">{verdictHref}</span>
        </li>
        <li>
          <a href={fullHref} className="font-medium text-brand-700 underline">
            {t("full")}
          </a>
          <span className="block break-all text-gray-600">{fullHref}</span>
        </li>
      </ul>
      <p className="text-sm text-gray-700">{t("hint")}</p>
    </section>
  );
}

