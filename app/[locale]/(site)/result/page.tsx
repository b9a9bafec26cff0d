import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { QuestionnaireForm } from "@/components/questionnaire/questionnaire-form";
import { lenderName } from "@/components/result/lender-name";
import { ResultView } from "@/components/result/result-view";
import { parseAnswers, serializeAnswers } from "@/lib/answers";
import { siteOrigin } from "@/lib/http/origin";
import { alternatesFor } from "@/lib/i18n/metadata";
import { estimate, getLender } from "@/lib/rules";

export async function generateMetadata({ searchParams }: PageProps<"/[locale]/result">): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("result");
  const parsed = parseAnswers(await searchParams);
  const robots = { index: false, follow: true };
  if (!parsed.ok) {
    const tq = await getTranslations("questionnaire");
    return { title: { absolute: tq("metaTitle") }, robots, alternates: alternatesFor(locale, "/result") };
  }
  const { answers } = parsed;
  const result = estimate(answers);
  const level = t(`levels.${result.likelihood.level}`);
  const window =
    result.stage.id === "not_overdue"
      ? t("metaWindowNone")
      : t("metaWindow", { from: result.timing.typicalFromDay, to: result.timing.typicalToDay });
  // Chat apps show only the title and the URL: the verdict goes in the title.
  const horizon = result.likelihood.horizonDays;
  const title = t("metaTitle", { lender: lenderName(getLender(answers.lender), locale), days: answers.days, level, horizon });
  const description = t("metaDescription", { level, window, horizon });
  return {
    title: { absolute: title },
    description,
    robots,
    alternates: alternatesFor(locale, "/result", serializeAnswers(answers)),
    openGraph: { title, description, type: "website" },
  };
}

export default async function ResultPage({ searchParams }: PageProps<"/[locale]/result">) {
  const parsed = parseAnswers(await searchParams);
  if (!parsed.ok) {
    // Same URL, the form again: every problem listed, the user's values kept.
    const t = await getTranslations("questionnaire");
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
        <QuestionnaireForm locale={await getLocale()} values={parsed.values} errors={parsed.errors} />
      </div>
    );
  }
  const locale = await getLocale();
  return <ResultView locale={locale} origin={await siteOrigin()} answers={parsed.answers} estimate={estimate(parsed.answers)} />;
}
