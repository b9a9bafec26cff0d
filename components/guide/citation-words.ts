import type { Force } from "@/lib/guide/citations";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

/** The "依据" label and the force label of each kind of source, for Citations. */
export function citationWordsFor(locale: AppLocale): { label: string; forceLabels: Readonly<Record<Force, string>> } {
  const t = translator(locale, "guide");
  return {
    label: t("citeLabel"),
    forceLabels: {
      law: t("force.law"),
      standard: t("force.standard"),
      selfRegulation: t("force.selfRegulation"),
      policy: t("force.policy"),
      report: t("force.report"),
      ownSummary: t("force.ownSummary"),
      seed: t("force.seed"),
    },
  };
}
