import { cardResponse } from "@/lib/card/card-response";

export const dynamic = "force-dynamic";

/** The share card PNG: /{locale}/card/{level}/{from}-{to}.png (level and window only). */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/card/[level]/[range]">) {
  const { locale, level, range } = await params;
  return cardResponse(request, locale, level, range);
}
