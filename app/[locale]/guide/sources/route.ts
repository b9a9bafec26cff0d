import { createElement } from "react";
import { SourcesList } from "@/components/guide/sources-list";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import { translator } from "@/lib/i18n/translator";
import { pageRoute } from "@/lib/render/page-route";
import { renderPage } from "@/lib/render/render-page";

// Rendered per request: the origin (SITE_URL) is read at run time, never baked in by the build.
export const dynamic = "force-dynamic";

/** Every cited source, grouped by force. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/guide/sources">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const t = translator(locale, "sourcesPage");
    return renderPage({
      locale,
      path: GUIDE_PATHS.sources,
      query: url.searchParams.toString(),
      title: t("metaTitle"),
      description: t("metaDescription"),
      body: createElement(SourcesList, { locale }),
    });
  });
}
