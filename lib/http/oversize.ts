import { securityHeaders } from "./security-headers.cjs";

/**
 * The longest query string a page or the API reads. Real answers take under 300 characters; a longer query
 * is not a borrower's (and each distinct one would be rendered and cached). Past Node's own 16 KB header
 * limit the server answers 431 before any route runs.
 */
export const MAX_QUERY_LENGTH = 4096;

export function isOversizeQuery(url: URL): boolean {
  return url.search.length > MAX_QUERY_LENGTH;
}

/** 414 URI Too Long: a short plain answer with the usual headers, never cached, nothing of the request echoed. */
export function uriTooLong(json = false): Response {
  const headers = new Headers({
    "Content-Type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  });
  for (const { key, value } of securityHeaders()) headers.set(key, value);
  // The API is open to any site's scripts: they may read its errors too.
  if (json) headers.set("Access-Control-Allow-Origin", "*");
  const body = json ? JSON.stringify({ error: { code: "uri_too_long" } }) : "414 URI Too Long";
  return new Response(body, { status: 414, headers });
}
