import { createElement } from "react";
import { EmbedKit } from "@/components/embed/embed-kit";
import { configuredOrigin } from "@/lib/http/origin";
import { translator } from "@/lib/i18n/translator";
import { pageRoute } from "@/lib/render/page-route";
import { renderPage } from "@/lib/render/render-page";
import { parseVerdict, serializeVerdict } from "@/lib/sharing/verdict-link";

export const dynamic = "force-dynamic";

/** The snippet kit: embed the tool in a blog, a forum post or a site. ?level=…&from=…&to=… adds that verdict's card. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/share">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const t = translator(locale, "embedKit");
    const verdict = parseVerdict(Object.fromEntries(url.searchParams));
    return renderPage({
      locale,
      path: "/share",
      query: verdict ? serializeVerdict(verdict) : undefined,
      title: t("metaTitle"),
      description: t("description"),
      body: createElement(EmbedKit, { locale, origin: configuredOrigin(), verdict }),
      islands: ["text-actions"],
    });
  });
}
