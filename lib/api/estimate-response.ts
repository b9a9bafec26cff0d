/**
 * GET /api/v1/estimate as a pure function, so it can be tested and fuzzed without a server.
 * The route handler only turns this into a Response.
 */
import { type ErrorCode, parseAnswers } from "../answers";
import { estimate } from "../rules";

export interface EstimateResponse {
  readonly status: 200 | 400;
  readonly body: object;
  readonly headers: Record<string, string>;
}

const EXPLANATIONS: Readonly<Record<ErrorCode, string>> = {
  required: "this field is required",
  invalid_number: "not a number (use digits, e.g. 45 or 20000)",
  not_integer: "must be a whole number",
  too_small: "below the allowed minimum (days 0, amount 1)",
  too_large: "above the allowed maximum (days 3650, amount 10000000)",
  invalid_choice: "not one of the allowed values",
};

const COMMON_HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  // Read-only, no credentials: any site may call it.
  "Access-Control-Allow-Origin": "*",
} as const;

/** Same input, same output for one rulesVersion: safe to cache at the edge for a day. */
const CACHE_OK = "public, max-age=3600, s-maxage=86400";
/** Errors are cached briefly: they only change when the rules accept new values. */
const CACHE_ERROR = "public, max-age=60, s-maxage=300";

export function estimateResponse(searchParams: URLSearchParams): EstimateResponse {
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
  return {
    status: 200,
    body: { input: parsed.answers, ...estimate(parsed.answers) },
    headers: { ...COMMON_HEADERS, "Cache-Control": CACHE_OK },
  };
}

/** Headers for the CORS preflight (OPTIONS). */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
  "Cache-Control": "public, max-age=86400",
};
