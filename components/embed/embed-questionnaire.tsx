import { QuestionnaireForm } from "@/components/questionnaire/questionnaire-form";
import type { FieldError, RawAnswers } from "@/lib/answers";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { HORIZON_DAYS } from "@/lib/rules";
import { EmbedFooter } from "./embed-footer";

/** The widget's first view: the four questions (the site's own form, without the optional refinements). */
export function EmbedQuestionnaire({ locale, values = {}, errors = [] }: { locale: AppLocale; values?: RawAnswers; errors?: readonly FieldError[] }) {
  const t = translator(locale, "embed");
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold text-brand-800">{t("title")}</h1>
      <p id="embed-intro" className="text-sm text-gray-800">
        {t("intro", { horizon: HORIZON_DAYS.value })}
      </p>
      <QuestionnaireForm locale={locale} values={values} errors={errors} describedBy="embed-intro" action={`/${locale}/embed/result`} compact />
      <EmbedFooter locale={locale} />
    </div>
  );
}
