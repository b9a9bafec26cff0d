import { configuredOrigin } from "@/lib/http/origin";
import { isOversizeQuery, uriTooLong } from "@/lib/http/oversize";
import { securityHeaders } from "@/lib/http/security-headers.cjs";
import { oembedAnswer } from "@/lib/sharing/oembed";

export const dynamic = "force-dynamic";

const MESSAGES = { 400: "Bad Request", 404: "Not Found", 501: "Not Implemented" } as const;

/** oEmbed for this site's result, verdict and embed URLs (JSON only); read by WordPress and other consumers, so CORS is open. */
export function GET(request: Request) {
  const url = new URL(request.url);
  if (isOversizeQuery(url)) return uriTooLong(true);
  const answer = oembedAnswer(url.searchParams, configuredOrigin());
  const headers = new Headers({ "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" });
  for (const { key, value } of securityHeaders()) headers.set(key, value);
  if (answer.status !== 200) {
    headers.set("Content-Type", "text/plain; charset=utf-8");
    return new Response(MESSAGES[answer.status], { status: answer.status, headers });
  }
  headers.set("Content-Type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(answer.body), { status: 200, headers });
}
