/**
 * GET /api/v1/estimate as a pure function, so it can be tested and fuzzed without a server.
 * The route handler only turns this into a Response.
 */
import { AMOUNT_MAX, AMOUNT_MIN, DAYS_MAX, DAYS_MIN, type ErrorCode, parseAnswers } from "../answers";
import { isFreshForRules, RULES_CACHE_CONTROL, RULES_ETAG } from "../http/rules-cache";
import { estimate } from "../rules";

export interface EstimateResponse {
  readonly status: 200 | 304 | 400;
  /** null for 304 Not Modified. */
  readonly body: object | null;
  readonly headers: Record<string, string>;
}

const EXPLANATIONS: Readonly<Record<ErrorCode, string>> = {
  required: "this field is required",
  invalid_number: "not a number (use digits, e.g. 45 or 20000)",
  not_integer: "must be a whole number",
  too_small: `below the allowed minimum (days ${DAYS_MIN}, amount ${AMOUNT_MIN})`,
  too_large: `above the allowed maximum (days ${DAYS_MAX}, amount ${AMOUNT_MAX})`,
  invalid_choice: "not one of the allowed values",
};

const COMMON_HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  // Read-only, no credentials: any site may call it.
  "Access-Control-Allow-Origin": "*",
} as const;

/** Errors are cached briefly: they only change when the rules accept new values. */
const CACHE_ERROR = "public, max-age=60, s-maxage=300";

/** Same input, same output for one rulesVersion: cacheable, with the version as the ETag. */
export function estimateResponse(searchParams: URLSearchParams, ifNoneMatch: string | null = null): EstimateResponse {
  const parsed = parseAnswers(searchParams);
  if (!parsed.ok) {
    return {
      status: 400,
      body: {
        error: {
          code: "invalid_input",
          issues: parsed.errors.map((e) => ({ path: e.path, message: `${e.code}: ${EXPLANATIONS[e.code]}` })),
        },
      },
      headers: { ...COMMON_HEADERS, "Cache-Control": CACHE_ERROR },
    };
  }
  const cacheHeaders = { "Cache-Control": RULES_CACHE_CONTROL, ETag: RULES_ETAG };
  if (isFreshForRules(ifNoneMatch)) return { status: 304, body: null, headers: { ...COMMON_HEADERS, ...cacheHeaders } };
  return {
    status: 200,
    body: { input: parsed.answers, ...estimate(parsed.answers) },
    headers: { ...COMMON_HEADERS, ...cacheHeaders },
  };
}

/** Headers for the CORS preflight (OPTIONS). */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
  "Access-Control-Expose-Headers": "ETag",
  "Access-Control-Max-Age": "86400",
  "Cache-Control": "public, max-age=86400",
};
