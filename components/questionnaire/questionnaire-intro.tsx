import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

/** What the tool does and does not do, and the one-tap way to the door screen. */
export function QuestionnaireIntro({ locale, heading = true }: { locale: AppLocale; heading?: boolean }) {
  const t = translator(locale, "questionnaire");
  return (
    <section className="space-y-3">
      {heading && <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>}
      <p id="form-intro">{t("intro")}</p>
      <details className="rounded-md bg-brand-50 p-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{t("aboutTitle")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t("aboutDoes")}</li>
          <li>{t("aboutDoesNot")}</li>
          <li>{t("aboutPrivacy")}</li>
        </ul>
      </details>
      <p>
        <a href={`/${locale}/guide/door`} className="font-medium text-red-800 underline">
          {t("doorNow")}
        </a>
      </p>
    </section>
  );
}
