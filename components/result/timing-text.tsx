import { isPastLimitation, LIMITATION_YEARS } from "@/lib/advice/old-debt";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { KIND_RULES, type Estimate } from "@/lib/rules";

/**
 * When visits are typical for this kind of lender, and where the borrower is in that window. Worded by
 * phase so it never contradicts the level: before the window it says how far off it is; past it, what is
 * more likely now (lawsuit, sale) and, for debts past the limitation period, what to check first.
 */
export function TimingText({ locale, days, estimate }: { locale: AppLocale; days: number; estimate: Estimate }) {
  const t = translator(locale, "result");
  const { earliestDay, typicalFromDay, typicalToDay, phase } = estimate.timing;
  if (phase === "not_overdue") return <p>{t("timing.notOverdue")}</p>;
  const kind = t(`kinds.${estimate.lender.kind}`);
  return (
    <>
      <p>
        {t("timing.window", { kind, from: typicalFromDay, to: typicalToDay })}{" "}
        <strong>
          {phase === "before"
            ? t("timing.before", { days, remaining: typicalFromDay - days, earliest: earliestDay })
            : phase === "in"
              ? t("timing.in")
              : estimate.lender.kind === "asset_manager"
                ? t("timing.afterSold")
                : t("timing.after")}
        </strong>
      </p>
      {typicalFromDay < KIND_RULES[estimate.lender.kind].typicalFromDay.value && <p className="mt-1 text-sm">{t("timing.earlierNote")}</p>}
      {isPastLimitation(days) && <p className="mt-2">{t("timing.oldDebt", { years: LIMITATION_YEARS.value })}</p>}
    </>
  );
}
