import { headers } from "next/headers";

/** The configured public origin (SITE_URL) for canonical and hreflang links; npm start sets a local default. */
export function configuredOrigin(): string {
  return (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

/**
 * The site's public origin for absolute links (share links): SITE_URL when configured (set it in
 * production), else the request's Host. Forwarded-host headers are ignored on purpose: they are not
 * part of a shared cache's key, so trusting them would let one request poison a cached page's links.
 */
export async function siteOrigin(): Promise<string> {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, "");
  const host = (await headers()).get("host") ?? "localhost:3000";
  const local = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host);
  return `${local ? "http" : "https"}://${host}`;
}
