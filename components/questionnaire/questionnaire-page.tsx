import type { RawAnswers } from "@/lib/answers";
import type { AppLocale } from "@/lib/i18n/routing";
import { QuestionnaireForm } from "./questionnaire-form";
import { QuestionnaireIntro } from "./questionnaire-intro";

/** The home page's content: what the tool is, then the four questions (refilled from the URL if given). */
export function QuestionnairePage({ locale, values }: { locale: AppLocale; values: RawAnswers }) {
  return (
    <div className="space-y-6">
      <QuestionnaireIntro locale={locale} />
      <QuestionnaireForm locale={locale} values={values} describedBy="form-intro" />
    </div>
  );
}
