import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { QuestionnaireIntro } from "@/components/questionnaire/questionnaire-intro";
import { QuestionnaireForm } from "@/components/questionnaire/questionnaire-form";
import { rawAnswers } from "@/lib/answers";
import { alternatesFor } from "@/lib/i18n/metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("questionnaire");
  return { title: { absolute: t("metaTitle") }, alternates: alternatesFor(await getLocale(), "/") };
}

// "Change answers" links here with the answers in the query, so the form comes back filled in.
export default async function QuestionnairePage({ searchParams }: PageProps<"/[locale]">) {
  const values = rawAnswers(await searchParams);
  return (
    <div className="space-y-6">
      <QuestionnaireIntro />
      <QuestionnaireForm values={values} describedBy="form-intro" />
    </div>
  );
}
