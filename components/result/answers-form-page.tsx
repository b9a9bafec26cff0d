import { QuestionnaireForm } from "@/components/questionnaire/questionnaire-form";
import type { FieldError, RawAnswers } from "@/lib/answers";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

/** A result URL whose answers do not parse: the same URL shows the form again, every problem listed, the values kept. */
export function AnswersFormPage({ locale, values, errors }: { locale: AppLocale; values: RawAnswers; errors: readonly FieldError[] }) {
  const t = translator(locale, "questionnaire");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <QuestionnaireForm locale={locale} values={values} errors={errors} />
    </div>
  );
}
