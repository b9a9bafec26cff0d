import { getLocale, getTranslations } from "next-intl/server";
import { nextSteps } from "@/lib/advice/next-steps";
import { serializeAnswers, type Answers } from "@/lib/answers";
import type { Estimate } from "@/lib/rules";
import { FactorList } from "./factor-list";
import { LenderFacts } from "./lender-facts";
import { NextStepList } from "./next-step-list";
import { ShareLinks } from "./share-links";
import { StageTimeline } from "./stage-timeline";
import { Verdict } from "./verdict";
import { WhatIfLinks } from "./what-if-links";

export async function ResultView({ answers, estimate }: { answers: Answers; estimate: Estimate }) {
  const locale = await getLocale();
  const t = await getTranslations("result");
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
      <Verdict answers={answers} estimate={estimate} />
      <NextStepList steps={nextSteps(answers, estimate)} />
      <StageTimeline current={estimate.stage.id} />
      <FactorList factors={estimate.factors} />
      <WhatIfLinks answers={answers} />
      <LenderFacts lender={estimate.lender} />
      <ShareLinks answers={answers} estimate={estimate} />
      <div className="flex flex-wrap gap-3">
        <a href={`/${locale}?${query}`} className="rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700">
          {t("change")}
        </a>
        <a href={`/${locale}`} className="px-4 py-2 font-medium text-brand-700 underline">
          {t("startOver")}
        </a>
      </div>
      <aside className="space-y-1 rounded-md bg-gray-100 p-4 text-sm text-gray-800">
        <p>{t("disclaimer")}</p>
        <p className="text-gray-600">{t("rulesVersion", { version: estimate.rulesVersion })}</p>
      </aside>
    </div>
  );
}
