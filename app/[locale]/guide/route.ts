import { createElement } from "react";
import { GuideIndex } from "@/components/guide/guide-index";
import { translator } from "@/lib/i18n/translator";
import { pageRoute } from "@/lib/render/page-route";
import { renderPage } from "@/lib/render/render-page";

// Rendered per request: the origin (SITE_URL) is read at run time, never baked in by the build.
export const dynamic = "force-dynamic";

/** The guide's index. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/guide">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const t = translator(locale, "guide.index");
    return renderPage({
      locale,
      path: "/guide",
      query: url.searchParams.toString(),
      title: t("metaTitle"),
      description: t("metaDescription"),
      body: createElement(GuideIndex, { locale }),
    });
  });
}
