import { LATER_DAYS, whatIfs } from "@/lib/advice/what-if";
import { serializeAnswers, type Answers } from "@/lib/answers";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { estimate } from "@/lib/rules";

/** Plain links to the result with one answer changed, each showing the verdict it would give. */
export function WhatIfLinks({ locale, answers }: { locale: AppLocale; answers: Answers }) {
  const t = translator(locale, "result");
  const variants = whatIfs(answers);
  if (variants.length === 0) return null;
  return (
    <section aria-labelledby="whatif-title" className="space-y-3">
      <h2 id="whatif-title" className="text-lg font-bold text-brand-800">
        {t("whatIf.title")}
      </h2>
      <p className="text-sm text-gray-700">{t("whatIf.intro")}</p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {variants.map((variant) => {
          const level = estimate(variant.answers).likelihood.level;
          return (
            <li key={variant.id}>
              <a
                href={`/${locale}/result?${serializeAnswers(variant.answers)}`}
                rel="nofollow"
                className="block rounded-md border border-brand-600 p-3 text-brand-800 hover:bg-brand-50"
              >
                <span className="block font-medium underline">{t(`whatIf.${variant.id}`, { days: LATER_DAYS })}</span>
                <span className="block text-sm">{t("whatIf.result", { level: t(`levels.${level}`) })}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
