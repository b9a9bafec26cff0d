/**
 * POST /api/v1/message-check as a pure function of the body text, so it can be tested without a server.
 * In: { text, lender?, receivedAt? }. Out: { findings: [{ id, verdict, start, end, sources }], rulesVersion }.
 * Nothing is logged or kept; answers are never cached and carry no CORS header (the message is private).
 */
import { z } from "zod";
import { checkMessage } from "../message-check/check";
import { MESSAGE_LIMITS } from "../message-check/limits";
import { parseReceivedAt, RECEIVED_AT_PATTERN } from "../message-check/night";
import { MESSAGE_CHECK_RULES_VERSION } from "../message-check/version";
import { getLender, LENDER_ALIASES, LENDER_IDS, type LenderId } from "../rules";

export const MESSAGE_CHECK_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } as const;

const lenderId = z
  .string()
  .transform((value) => LENDER_ALIASES[value] ?? value)
  .pipe(z.enum(LENDER_IDS));

export const messageCheckRequest = z.object({
  text: z.string().min(1, "must not be empty").max(MESSAGE_LIMITS.maxChars, `at most ${MESSAGE_LIMITS.maxChars} characters`),
  lender: lenderId.optional(),
  receivedAt: z
    .string()
    .regex(RECEIVED_AT_PATTERN, "a local time in China, e.g. 2026-11-30T23:10")
    .refine((value) => parseReceivedAt(value) !== undefined, "not a real date and time")
    .optional(),
});

export interface JsonAnswer {
  readonly status: number;
  readonly body: unknown;
}

function invalid(issues: { path: string; message: string }[]): JsonAnswer {
  return { status: 400, body: { error: { code: "invalid_input", issues } } };
}

/** The answer for a body already read within the byte cap. */
export function messageCheckResponse(bodyText: string): JsonAnswer {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return invalid([{ path: "", message: "the body must be JSON" }]);
  }
  const parsed = messageCheckRequest.safeParse(json);
  if (!parsed.success) {
    return invalid(parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })));
  }
  const { text, lender, receivedAt } = parsed.data;
  const kind = lender ? getLender(lender as LenderId).kind : undefined;
  const findings = checkMessage({ text, kind, receivedAt }).map(({ id, verdict, start, end, sources }) => ({ id, verdict, start, end, sources }));
  return { status: 200, body: { findings, rulesVersion: MESSAGE_CHECK_RULES_VERSION } };
}

export const TOO_LARGE: JsonAnswer = { status: 413, body: { error: { code: "too_large", maxBytes: MESSAGE_LIMITS.maxBodyBytes } } };
