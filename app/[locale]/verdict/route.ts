import { createElement } from "react";
import { SharedVerdict, verdictWindowText } from "@/components/result/shared-verdict";
import { translator } from "@/lib/i18n/translator";
import { pageRoute } from "@/lib/render/page-route";
import { renderPage } from "@/lib/render/render-page";
import { HORIZON_DAYS } from "@/lib/rules";
import { configuredOrigin } from "@/lib/http/origin";
import { shareHead } from "@/lib/sharing/share-head";
import { parseVerdict, serializeVerdict } from "@/lib/sharing/verdict-link";

export const dynamic = "force-dynamic";

/** A shared verdict (level, phase, window): nothing about the sender's debt. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/verdict">) {
  return pageRoute(request, (await params).locale, async (locale, url) => {
    const verdict = parseVerdict(Object.fromEntries(url.searchParams));
    const t = translator(locale, "result");
    const title = verdict ? t("verdictOnlyTitle", { level: t(`levels.${verdict.level}`), horizon: HORIZON_DAYS.value }) : translator(locale, "questionnaire")("metaTitle");
    const description = verdict
      ? t("metaDescription", { level: t(`levels.${verdict.level}`), window: verdictWindowText(locale, verdict), horizon: HORIZON_DAYS.value })
      : translator(locale, "meta")("description");
    const query = verdict ? serializeVerdict(verdict) : "";
    return renderPage({
      locale,
      path: "/verdict",
      query,
      canonicalQuery: query || undefined,
      title,
      description,
      robots: "noindex, follow",
      ...(verdict ? shareHead(locale, configuredOrigin(), "/verdict", query, verdict) : {}),
      body: createElement(SharedVerdict, { locale, verdict }),
    });
  });
}
