import { getTranslations } from "next-intl/server";
import type { Estimate } from "@/lib/rules";

/** Each factor with its direction and a one-line reason, in the order the rules report them. */
export async function FactorList({ factors }: { factors: Estimate["factors"] }) {
  const t = await getTranslations("result.factors");
  const reason = await getTranslations("factors");
  return (
    <section aria-labelledby="factors-title" className="space-y-3">
      <h2 id="factors-title" className="text-lg font-bold text-brand-800">
        {t("title")}
      </h2>
      <ul className="space-y-2">
        {factors.map((factor) => (
          <li key={factor.id} className="flex gap-3">
            <span
              className={`mt-0.5 shrink-0 rounded px-1.5 py-0.5 text-xs font-bold ${
                factor.effect === "raises" ? "bg-orange-100 text-orange-900" : "bg-emerald-100 text-emerald-900"
              }`}
            >
              {factor.effect === "raises" ? `↑ ${t("raises")}` : `↓ ${t("lowers")}`}
            </span>
            <span>{reason(factor.id)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
