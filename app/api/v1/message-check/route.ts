import { MESSAGE_CHECK_HEADERS, messageCheckResponse, TOO_LARGE, type JsonAnswer } from "@/lib/api/message-check-response";
import { readLimitedBody } from "@/lib/http/limited-body";
import { MESSAGE_LIMITS } from "@/lib/message-check/limits";

// The message is private: never prerendered, cached or logged.
export const dynamic = "force-dynamic";

const json = ({ status, body }: JsonAnswer) => new Response(JSON.stringify(body), { status, headers: MESSAGE_CHECK_HEADERS });

/** POST /api/v1/message-check: { text, lender?, receivedAt? } → 200 findings, 400 invalid input, 413 too large. */
export async function POST(request: Request): Promise<Response> {
  try {
    const body = await readLimitedBody(request, MESSAGE_LIMITS.maxBodyBytes);
    if (body === "too_large") return json(TOO_LARGE);
    if (body === null) return json({ status: 400, body: { error: { code: "invalid_input", issues: [{ path: "", message: "unreadable body" }] } } });
    return json(messageCheckResponse(body));
  } catch {
    // The check is total over valid input; anything else is the request's fault, never a 5xx.
    return json({ status: 400, body: { error: { code: "invalid_input", issues: [] } } });
  }
}
