import { createElement } from "react";
import { DoorScreen } from "@/components/guide/door-screen";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import { translator } from "@/lib/i18n/translator";
import { pageRoute } from "@/lib/render/page-route";
import { renderPage } from "@/lib/render/render-page";

// Rendered per request: the origin (SITE_URL) is read at run time, never baked in by the build.
export const dynamic = "force-dynamic";

/**
 * The door screen: one small document (CSS inline, no framework JavaScript). Its one island registers
 * the service worker that keeps both scripts' door pages for offline use.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/guide/door">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const t = translator(locale, "door");
    return renderPage({
      locale,
      path: GUIDE_PATHS.door,
      query: url.searchParams.toString(),
      title: t("title"),
      description: t("metaDescription"),
      // Browsers recheck after an hour; the service worker fetches network-first anyway.
      cache: "public, max-age=3600, stale-while-revalidate=86400",
      body: createElement(DoorScreen, { locale }),
      stylesheet: "door",
      islands: ["door-offline"],
    });
  });
}
