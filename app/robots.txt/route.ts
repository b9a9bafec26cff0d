import { configuredOrigin } from "@/lib/http/origin";
import { securityHeaders } from "@/lib/http/security-headers.cjs";
import { robotsTxt } from "@/lib/render/sitemap";

// Per request: the sitemap's address comes from SITE_URL at run time.
export const dynamic = "force-dynamic";

export function GET() {
  const headers = new Headers({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" });
  for (const { key, value } of securityHeaders()) headers.set(key, value);
  return new Response(robotsTxt(configuredOrigin()), { headers });
}
