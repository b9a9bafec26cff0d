import { createElement } from "react";
import { EmbedVerdict } from "@/components/embed/embed-verdict";
import { translator } from "@/lib/i18n/translator";
import { renderEmbedForm, renderEmbedPage } from "@/lib/render/embed-page";
import { pageRoute } from "@/lib/render/page-route";
import { HORIZON_DAYS } from "@/lib/rules";
import { parseVerdict, serializeVerdict } from "@/lib/sharing/verdict-link";

export const dynamic = "force-dynamic";

/** A shared verdict inside a frame (what oEmbed gives for a verdict link); a broken one shows the four questions. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/embed/verdict">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const verdict = parseVerdict(Object.fromEntries(url.searchParams));
    if (!verdict) return renderEmbedForm(locale, { path: "/embed/verdict", query: "" });
    const tr = translator(locale, "result");
    return renderEmbedPage({
      locale,
      path: "/embed/verdict",
      query: serializeVerdict(verdict),
      title: tr("verdictOnlyTitle", { level: tr(`levels.${verdict.level}`), horizon: HORIZON_DAYS.value }),
      description: translator(locale, "meta")("description"),
      body: createElement(EmbedVerdict, { locale, verdict }),
    });
  });
}
