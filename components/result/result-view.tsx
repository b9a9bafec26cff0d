import { nextSteps } from "@/lib/advice/next-steps";
import { serializeAnswers, type Answers } from "@/lib/answers";
import { formatIsoDate } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { cardCrimeNoteApplies, type Estimate } from "@/lib/rules";
import { CardCrimeNote } from "./card-crime-note";
import { FactorList } from "./factor-list";
import { LenderFacts } from "./lender-facts";
import { NextStepList } from "./next-step-list";
import { ShareLinks } from "./share-links";
import { StageTimeline } from "./stage-timeline";
import { Verdict } from "./verdict";
import { WhatIfLinks } from "./what-if-links";

interface Props {
  locale: AppLocale;
  /** The configured public origin, for the absolute share links. */
  origin: string;
  answers: Answers;
  estimate: Estimate;
}

/** "2026-12-01.1" → the date people read (2026年12月1日) and the revision of that day (1). */
function rulesVersionWords(version: string, locale: AppLocale): { date: string; revision: string } {
  const [date = version, revision = "1"] = version.split(".");
  return { date: formatIsoDate(date, locale), revision };
}

export function ResultView({ locale, origin, answers, estimate }: Props) {
  const t = translator(locale, "result");
  const query = serializeAnswers(answers);
  return (
    <div className="space-y-8">
      <p>
        <a
          href={`/${locale}/guide/door`}
          className="block rounded-md border-2 border-red-700 bg-red-50 px-4 py-2.5 text-center font-bold text-red-800 hover:bg-red-100"
        >
          {t("doorCta")}
        </a>
      </p>
      <Verdict locale={locale} answers={answers} estimate={estimate} />
      {cardCrimeNoteApplies(answers, estimate.lender.kind) && <CardCrimeNote locale={locale} />}
      <NextStepList locale={locale} steps={nextSteps(answers, estimate)} kind={estimate.lender.kind} />
      <StageTimeline locale={locale} estimate={estimate} />
      <FactorList locale={locale} estimate={estimate} />
      <WhatIfLinks locale={locale} answers={answers} />
      <LenderFacts locale={locale} lender={estimate.lender} />
      <ShareLinks locale={locale} origin={origin} answers={answers} estimate={estimate} />
      <div className="flex flex-wrap gap-3">
        <a href={`/${locale}?${query}`} rel="nofollow" className="rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700">
          {t("change")}
        </a>
        <a href={`/${locale}`} className="px-4 py-2 font-medium text-brand-700 underline">
          {t("startOver")}
        </a>
      </div>
      <aside className="space-y-1 rounded-md bg-gray-100 p-4 text-sm text-gray-800">
        <p>{t("disclaimer")}</p>
        <p className="text-gray-600">{t("rulesVersion", rulesVersionWords(estimate.rulesVersion, locale))}</p>
      </aside>
    </div>
  );
}
