import { createElement } from "react";
import { LegalCheckGuide } from "@/components/guide/legal-check-guide";
import { parseCheckQuery } from "@/lib/guide/legal-check";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import { translator } from "@/lib/i18n/translator";
import { pageRoute } from "@/lib/render/page-route";
import { renderPage } from "@/lib/render/render-page";

// Rendered per request: the origin (SITE_URL) is read at run time, never baked in by the build.
export const dynamic = "force-dynamic";

/**
 * Is this collection legal? The checklist is a GET form to this page: ?i=<item>&i=…&k=<kind>. The canonical
 * page is the empty checklist (ticked answers are not separate documents); the language switch keeps them.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/guide/legal-check">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const t = translator(locale, "legalCheck");
    const query = parseCheckQuery({ i: url.searchParams.getAll("i"), k: url.searchParams.getAll("k") });
    return renderPage({
      locale,
      path: GUIDE_PATHS.legalCheck,
      query: url.searchParams.toString(),
      title: t("metaTitle"),
      description: t("metaDescription"),
      body: createElement(LegalCheckGuide, { locale, query }),
      // Copy buttons for the complaint text, once there is one.
      islands: query.items.length > 0 ? ["text-actions"] : [],
    });
  });
}
