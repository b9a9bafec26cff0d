import { RULES_VERSION } from "../rules/version";

/**
 * Answers computed from the rules (API estimates, result pages) are the same for one URL and one rules
 * version. The ETag names the version, so a cache revalidating after a rules change gets the new answer;
 * shared caches keep an answer at most five minutes before they revalidate.
 */
export const RULES_ETAG = `"rules-${RULES_VERSION}"`;

export const RULES_CACHE_CONTROL = "public, max-age=300, s-maxage=300, stale-while-revalidate=60";

/** True when the client's If-None-Match already names this rules version. */
export function isFreshForRules(ifNoneMatch: string | null): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === RULES_ETAG);
}

/** 304 Not Modified for a client or cache that already holds this rules version's answer. */
export function notModifiedForRules(): Response {
  return new Response(null, { status: 304, headers: { ETag: RULES_ETAG, "Cache-Control": RULES_CACHE_CONTROL } });
}
