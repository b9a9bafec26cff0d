import { NEXT_STEP_PATHS, type NextStepId } from "@/lib/advice/next-steps";
import { LIMITATION_YEARS } from "@/lib/advice/old-debt";
import { checkQueryString } from "@/lib/guide/legal-check";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import type { LenderKind } from "@/lib/rules";

/** The next steps, each linking to its guide page; the legality check opens with this kind of lender chosen. */
export function NextStepList({ locale, steps, kind }: { locale: AppLocale; steps: readonly NextStepId[]; kind: LenderKind }) {
  const t = translator(locale, "result.next");
  const step = translator(locale, "nextSteps");
  const href = (id: NextStepId) => {
    const path = `/${locale}${NEXT_STEP_PATHS[id]}`;
    return id === "check_legal" ? `${path}?${checkQueryString([], kind)}` : path;
  };
  return (
    <section aria-labelledby="next-title" className="space-y-3">
      <h2 id="next-title" className="text-lg font-bold text-brand-800">
        {t("title")}
      </h2>
      <ol className="space-y-3">
        {steps.map((id, index) => (
          <li key={id} className="rounded-md border border-gray-300 p-3">
            <a href={href(id)} className="font-bold text-brand-700 underline">
              {index + 1}. {step(`${id}.title`)}
            </a>
            <p className="mt-1 text-sm text-gray-800">{step(`${id}.body`, { years: LIMITATION_YEARS.value })}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
