import { createElement } from "react";
import { QuestionnairePage } from "@/components/questionnaire/questionnaire-page";
import { rawAnswers } from "@/lib/answers";
import { translator } from "@/lib/i18n/translator";
import { pageRoute } from "@/lib/render/page-route";
import { renderPage } from "@/lib/render/render-page";

// Rendered per request: the origin (SITE_URL) is read at run time, never baked in by the build.
export const dynamic = "force-dynamic";

/**
 * The questionnaire: a GET form to the result page. "Change answers" links come back here with the
 * answers in the query (?lender=…&days=…), and the form is refilled from them.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const t = translator(locale, "questionnaire");
    const tMeta = translator(locale, "meta");
    return renderPage({
      locale,
      path: "/",
      query: url.searchParams.toString(),
      title: t("metaTitle"),
      description: tMeta("description"),
      body: createElement(QuestionnairePage, { locale, values: rawAnswers(url.searchParams) }),
      islands: ["number-check"],
    });
  });
}
