import { getTranslations } from "next-intl/server";
import { STAGE_IDS, type StageId } from "@/lib/rules";

/** The usual collection stages, with the borrower's own marked (aria-current) so it reads as "you are here". */
export async function StageTimeline({ current }: { current: StageId }) {
  const t = await getTranslations("result.stages");
  const currentIndex = STAGE_IDS.indexOf(current);
  return (
    <section aria-labelledby="stages-title" className="space-y-3">
      <h2 id="stages-title" className="text-lg font-bold text-brand-800">
        {t("title")}
      </h2>
      <ol className="relative space-y-3 border-l-2 border-brand-100 pl-5">
        {STAGE_IDS.map((stage, index) => {
          const isCurrent = stage === current;
          const isPast = index < currentIndex;
          return (
            <li key={stage} aria-current={isCurrent ? "step" : undefined} className="relative">
              <span
                aria-hidden="true"
                className={`absolute -left-[1.72rem] top-1.5 h-3.5 w-3.5 rounded-full border-2 ${
                  isCurrent ? "border-brand-700 bg-brand-600" : isPast ? "border-brand-600 bg-brand-100" : "border-gray-300 bg-white"
                }`}
              />
              <p className={isCurrent ? "font-bold text-brand-800" : isPast ? "text-gray-700" : "text-gray-600"}>
                {t(stage)}
                {isCurrent && (
                  <span className="ml-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs font-medium text-white">{t("youAreHere")}</span>
                )}
              </p>
              <p className="text-sm text-gray-700">{t(`${stage}Hint`)}</p>
            </li>
          );
        })}
      </ol>
      <p className="text-sm text-gray-600">{t("note")}</p>
    </section>
  );
}
