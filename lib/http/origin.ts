/**
 * The site's public origin for every absolute URL (canonical, hreflang, og:url, share links, sitemap),
 * read from SITE_URL on each call, so a build made without it still serves the right origin once the
 * server is started with it. Request headers (Host, X-Forwarded-Host, Forwarded) are never used: they are
 * not part of a shared cache's key, so trusting them would let one request poison a cached page's links.
 * `npm start` sets SITE_URL to http://localhost:$PORT when it is missing and says so.
 */
export function configuredOrigin(): string {
  // Bracket access keeps any bundler from inlining a build-time value.
  const configured = process.env["SITE_URL"];
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${process.env["PORT"] ?? "3000"}`;
}

/** Kept for the App Router pages that still await it; the same configured origin, never the request's Host. */
export async function siteOrigin(): Promise<string> {
  return configuredOrigin();
}
