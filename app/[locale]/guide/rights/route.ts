import { createElement } from "react";
import { RightsGuide } from "@/components/guide/rights-guide";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import { translator } from "@/lib/i18n/translator";
import { pageRoute } from "@/lib/render/page-route";
import { renderPage } from "@/lib/render/render-page";

// Rendered per request: the origin (SITE_URL) is read at run time, never baked in by the build.
export const dynamic = "force-dynamic";

/** Your rights during collection, each point with its sources. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/guide/rights">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const t = translator(locale, "rights");
    return renderPage({
      locale,
      path: GUIDE_PATHS.rights,
      query: url.searchParams.toString(),
      title: t("metaTitle"),
      description: t("metaDescription"),
      body: createElement(RightsGuide, { locale }),
    });
  });
}
