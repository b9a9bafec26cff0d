import type { NextRequest } from "next/server";
import { estimateResponse, PREFLIGHT_HEADERS } from "@/lib/api/estimate-response";
import { isOversizeQuery, uriTooLong } from "@/lib/http/oversize";

/** GET /api/v1/estimate?lender=…&days=…&amount=…&contact=… → 200 estimate or 400 invalid_input. */
export async function GET(request: NextRequest): Promise<Response> {
  if (isOversizeQuery(request.nextUrl)) return uriTooLong(true);
  const { status, body, headers } = estimateResponse(request.nextUrl.searchParams, request.headers.get("if-none-match"));
  return new Response(body === null ? null : JSON.stringify(body), { status, headers });
}

/** CORS preflight: GET is the only method. */
export async function OPTIONS(): Promise<Response> {
  return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
}
