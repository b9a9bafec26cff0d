import { createElement } from "react";
import { EmbedResult } from "@/components/embed/embed-result";
import { parseAnswers, serializeAnswers } from "@/lib/answers";
import { isFreshForRules, notModifiedForRules, RULES_CACHE_CONTROL, RULES_ETAG } from "@/lib/http/rules-cache";
import { translator } from "@/lib/i18n/translator";
import { renderEmbedForm, renderEmbedPage } from "@/lib/render/embed-page";
import { pageRoute } from "@/lib/render/page-route";
import { estimate } from "@/lib/rules";

export const dynamic = "force-dynamic";

/** The embed's compact result; answers that do not parse show the compact form again with its errors. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/embed/result">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const parsed = parseAnswers(url.searchParams);
    if (!parsed.ok) {
      return renderEmbedForm(locale, { path: "/embed/result", query: url.searchParams.toString() }, { values: parsed.values, errors: parsed.errors });
    }
    if (isFreshForRules(request.headers.get("if-none-match"))) return notModifiedForRules();
    const result = estimate(parsed.answers);
    const tr = translator(locale, "result");
    const level = tr(`levels.${result.likelihood.level}`);
    return renderEmbedPage({
      locale,
      path: "/embed/result",
      query: serializeAnswers(parsed.answers),
      // No lender or days in the title: the frame sits in someone else's page.
      title: tr("headline", { level, horizon: result.likelihood.horizonDays }),
      description: translator(locale, "embed")("metaTitle"),
      cache: RULES_CACHE_CONTROL,
      etag: RULES_ETAG,
      body: createElement(EmbedResult, { locale, answers: parsed.answers, estimate: result }),
    });
  });
}
