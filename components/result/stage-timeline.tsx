import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { STAGE_IDS, type Estimate, type StageId } from "@/lib/rules";
import { REMINDER_DAYS } from "@/lib/rules/weights";

/**
 * The collection stages for this kind of lender, with their days, and the borrower's own marked
 * (aria-current) so it reads as "you are here".
 */
export function StageTimeline({ locale, estimate }: { locale: AppLocale; estimate: Estimate }) {
  const t = translator(locale, "result.stages");
  const { typicalFromDay, typicalToDay } = estimate.timing;
  const current = estimate.stage.id;
  // A sold debt: before the sale the original lender collects; after the window, the buyer.
  const sold = estimate.lender.kind === "asset_manager";
  const currentIndex = STAGE_IDS.indexOf(current);
  const hint = (stage: StageId) => {
    switch (stage) {
      case "not_overdue":
        return t("not_overdueHint");
      case "reminder":
        return t("reminderHint", { to: REMINDER_DAYS.value });
      case "intensive":
        return t(sold ? "intensiveHintSold" : "intensiveHint", { from: REMINDER_DAYS.value + 1, to: typicalFromDay - 1 });
      case "outsourced":
        return t("outsourcedHint", { from: typicalFromDay, to: typicalToDay });
      case "legal":
        return t(sold ? "legalHintSold" : "legalHint", { from: typicalToDay + 1 });
    }
  };
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
                {isCurrent && <span className="ml-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs font-medium text-white">{t("youAreHere")}</span>}
              </p>
              <p className="text-sm text-gray-700">{hint(stage)}</p>
            </li>
          );
        })}
      </ol>
      <p className="text-sm text-gray-600">{t("note")}</p>
    </section>
  );
}
