import { getLocale, getTranslations } from "next-intl/server";
import { NEXT_STEP_PATHS, type NextStepId } from "@/lib/advice/next-steps";

export async function NextStepList({ steps }: { steps: readonly NextStepId[] }) {
  const locale = await getLocale();
  const t = await getTranslations("result.next");
  const step = await getTranslations("nextSteps");
  return (
    <section aria-labelledby="next-title" className="space-y-3">
      <h2 id="next-title" className="text-lg font-bold text-brand-800">
        {t("title")}
      </h2>
      <ol className="space-y-3">
        {steps.map((id, index) => (
          <li key={id} className="rounded-md border border-gray-300 p-3">
            <a href={`/${locale}${NEXT_STEP_PATHS[id]}`} className="font-bold text-brand-700 underline">
              {index + 1}. {step(`${id}.title`)}
            </a>
            <p className="mt-1 text-sm text-gray-800">{step(`${id}.body`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
