import type { AppLocale } from "@/lib/i18n/routing";
import type { Lender } from "@/lib/rules";

export function lenderName(lender: Pick<Lender, "nameHans" | "nameHant">, locale: AppLocale): string {
  return locale === "zh-Hant" ? lender.nameHant : lender.nameHans;
}
