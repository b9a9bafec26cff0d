import { CONTENT_CHECKED } from "@/lib/content/checked";
import { configuredOrigin } from "@/lib/http/origin";
import { securityHeaders } from "@/lib/http/security-headers.cjs";
import { sitemapXml } from "@/lib/render/sitemap";

// Per request: every URL in it comes from SITE_URL at run time.
export const dynamic = "force-dynamic";

export function GET() {
  const headers = new Headers({ "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" });
  for (const { key, value } of securityHeaders()) headers.set(key, value);
  return new Response(sitemapXml(configuredOrigin(), CONTENT_CHECKED), { headers });
}
