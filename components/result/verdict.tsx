import { getLocale, getTranslations } from "next-intl/server";
import type { Answers } from "@/lib/answers";
import { getLender, type Estimate } from "@/lib/rules";
import { lenderName } from "./lender-name";
import { LevelMeter } from "./level-meter";

/** The headline: how likely a visit is, when, and where the borrower stands in that window. */
export async function Verdict({ answers, estimate }: { answers: Answers; estimate: Estimate }) {
  const locale = await getLocale();
  const t = await getTranslations("result");
  const tq = await getTranslations("questionnaire");
  const { level } = estimate.likelihood;
  const { earliestDay, typicalFromDay, typicalToDay } = estimate.timing;
  const amount = new Intl.NumberFormat(locale).format(answers.amount);
  return (
    <section aria-labelledby="verdict-title" className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <p className="text-sm font-medium text-brand-700">{t("eyebrow")}</p>
      <h1 id="verdict-title" className="text-2xl font-bold text-brand-800">
        {t("headline", { level: t(`levels.${level}`) })}
      </h1>
      <LevelMeter level={level} />
      <p className="text-gray-800">
        {t("summary", {
          lender: lenderName(getLender(answers.lender), locale),
          days: answers.days,
          amount,
          contact: tq(`contact.${answers.contact}`),
        })}
      </p>
      <div>
        <h2 className="font-bold text-brand-800">{t("timing.title")}</h2>
        {estimate.stage.id === "not_overdue" ? (
          <p>{t("timing.notOverdue")}</p>
        ) : (
          <p>
            {t("timing.window", { from: typicalFromDay, to: typicalToDay, earliest: earliestDay })}{" "}
            <strong>
              {answers.days > typicalToDay
                ? t("timing.after")
                : estimate.timing.alreadyInWindow
                  ? t("timing.inWindow")
                  : t("timing.before", { days: answers.days, remaining: typicalFromDay - answers.days })}
            </strong>
          </p>
        )}
      </div>
    </section>
  );
}
