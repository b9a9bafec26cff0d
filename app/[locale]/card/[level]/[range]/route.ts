import { cardResponse } from "@/lib/card/card-response";
import { cachedPage } from "@/lib/render/page-cache";

export const dynamic = "force-dynamic";

/**
 * The share card PNG: /{locale}/card/{level}/{from}-{to}.png (level and window only). Drawing one takes
 * 100–250 ms and a verdict has few windows, so drawn cards go through the same bounded in-process cache
 * as pages (keyed by URL, rules version and origin).
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/card/[level]/[range]">) {
  const { locale, level, range } = await params;
  return cachedPage(request, locale, () => cardResponse(request, locale, level, range));
}
