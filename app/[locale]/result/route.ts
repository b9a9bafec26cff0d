import { createElement } from "react";
import { AnswersFormPage } from "@/components/result/answers-form-page";
import { ResultView } from "@/components/result/result-view";
import { parseAnswers, serializeAnswers } from "@/lib/answers";
import { configuredOrigin } from "@/lib/http/origin";
import { isFreshForRules, notModifiedForRules, RULES_CACHE_CONTROL, RULES_ETAG } from "@/lib/http/rules-cache";
import { translator } from "@/lib/i18n/translator";
import { pageRoute } from "@/lib/render/page-route";
import { renderPage } from "@/lib/render/render-page";
import { estimate } from "@/lib/rules";
import { shareHead } from "@/lib/sharing/share-head";
import { verdictOf } from "@/lib/sharing/verdict-link";

export const dynamic = "force-dynamic";

const NOINDEX = "noindex, follow";

/** The result: the URL is the state. Invalid answers show the form again on the same URL (never a 5xx). */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/result">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const parsed = parseAnswers(url.searchParams);
    if (!parsed.ok) {
      const tq = translator(locale, "questionnaire");
      return renderPage({
        locale,
        path: "/result",
        query: url.searchParams.toString(),
        title: tq("metaTitle"),
        description: translator(locale, "meta")("description"),
        robots: NOINDEX,
        body: createElement(AnswersFormPage, { locale, values: parsed.values, errors: parsed.errors }),
        islands: ["number-check"],
      });
    }
    // Same answers, same page for one rules version: a cache holding this version's page may keep it.
    if (isFreshForRules(request.headers.get("if-none-match"))) return notModifiedForRules();
    const { answers } = parsed;
    const result = estimate(answers);
    const t = translator(locale, "result");
    const level = t(`levels.${result.likelihood.level}`);
    const horizon = result.likelihood.horizonDays;
    const window =
      result.stage.id === "not_overdue" ? t("metaWindowNone") : t("metaWindow", { from: result.timing.typicalFromDay, to: result.timing.typicalToDay });
    const query = serializeAnswers(answers);
    return renderPage({
      locale,
      path: "/result",
      query,
      canonicalQuery: query,
      // Chat apps show only the title and the URL: the verdict goes in the title.
      title: t("metaTitle", { level, horizon }),
      description: t("metaDescription", { level, window, horizon }),
      robots: NOINDEX,
      cache: RULES_CACHE_CONTROL,
      etag: RULES_ETAG,
      // The card shows the verdict alone, even on the full result's preview.
      ...shareHead(locale, configuredOrigin(), "/result", query, verdictOf(result)),
      body: createElement(ResultView, { locale, origin: configuredOrigin(), answers, estimate: result }),
      islands: ["text-actions"],
    });
  });
}
