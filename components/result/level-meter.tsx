import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { LEVELS, type Level } from "@/lib/rules";

const FILLED: Record<Level, string> = {
  very_low: "bg-emerald-600",
  low: "bg-lime-600",
  moderate: "bg-amber-500",
  high: "bg-orange-600",
  very_high: "bg-red-700",
};

/** Five steps, never a percentage: the estimate is a heuristic level, not a measured probability. */
export function LevelMeter({ locale, level }: { locale: AppLocale; level: Level }) {
  const t = translator(locale, "result");
  const step = LEVELS.indexOf(level) + 1;
  return (
    <div role="img" aria-label={t("meterLabel", { step })} className="flex gap-1" data-level={level}>
      {LEVELS.map((l, i) => (
        <span key={l} className={`h-2.5 flex-1 rounded-full ${i < step ? FILLED[level] : "bg-gray-200"}`} />
      ))}
    </div>
  );
}
