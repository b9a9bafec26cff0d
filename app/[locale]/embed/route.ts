import { createElement } from "react";
import { EmbedQuestionnaire } from "@/components/embed/embed-questionnaire";
import { rawAnswers } from "@/lib/answers";
import { configuredOrigin } from "@/lib/http/origin";
import { translator } from "@/lib/i18n/translator";
import { oembedHref } from "@/lib/sharing/share-head";
import { renderEmbedPage } from "@/lib/render/embed-page";
import { pageRoute } from "@/lib/render/page-route";

export const dynamic = "force-dynamic";

/** The embed widget: the four questions in a frame on someone else's page (refilled from the query by "change answers"). */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/embed">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const t = translator(locale, "embed");
    return renderEmbedPage({
      locale,
      path: "/embed",
      query: url.searchParams.toString(),
      title: t("metaTitle"),
      description: translator(locale, "meta")("description"),
      // Discovery: pasting this URL into WordPress embeds the widget.
      oembed: { href: oembedHref(configuredOrigin(), `${configuredOrigin()}/${locale}/embed`), title: t("frameTitle", { site: translator(locale, "site")("name") }) },
      body: createElement(EmbedQuestionnaire, { locale, values: rawAnswers(url.searchParams) }),
    });
  });
}
