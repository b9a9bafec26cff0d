import { rawAnswers } from "@/lib/answers";
import { configuredOrigin } from "@/lib/http/origin";
import { translator } from "@/lib/i18n/translator";
import { oembedHref } from "@/lib/sharing/share-head";
import { renderEmbedForm } from "@/lib/render/embed-page";
import { pageRoute } from "@/lib/render/page-route";

export const dynamic = "force-dynamic";

/** The embed widget: the four questions in a frame on someone else's page (refilled from the query by "change answers"). */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/embed">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const title = translator(locale, "embed")("frameTitle", { site: translator(locale, "site")("name") });
    // Discovery: pasting this URL into WordPress embeds the widget.
    const oembed = { href: oembedHref(configuredOrigin(), `${configuredOrigin()}/${locale}/embed`), title };
    return renderEmbedForm(locale, { path: "/embed", query: url.searchParams.toString(), oembed }, { values: rawAnswers(url.searchParams) });
  });
}
