import { z } from "zod";
import { ANSWER_KEYS, type AnswerKey, type ErrorCode } from "./options";
import { type Answers, queryAnswersSchema } from "./schema";

export type RawAnswers = Partial<Record<AnswerKey, string>>;
export interface FieldError {
  readonly path: AnswerKey;
  readonly code: ErrorCode;
}
export type ParseResult =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly errors: readonly FieldError[]; readonly values: RawAnswers };

export type AnswersInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first value of each known key, exactly as typed; unknown keys are dropped. */
export function rawAnswers(input: AnswersInput): RawAnswers {
  const values: RawAnswers = {};
  for (const key of ANSWER_KEYS) {
    const value = input instanceof URLSearchParams ? input.get(key) : first(input[key]);
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Parses answers from a URL query (or a Next.js searchParams record). Repeated keys: the first wins.
 * Never throws; on failure returns one error per field, in key order, and the raw values to refill a form.
 */
export function parseAnswers(input: AnswersInput): ParseResult {
  const values = rawAnswers(input);
  const result = queryAnswersSchema.safeParse(values);
  if (result.success) {
    // Drop keys whose value is undefined so equal answers are also structurally equal.
    const answers = Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined)) as Answers;
    return { ok: true, answers };
  }
  return { ok: false, errors: fieldErrors(result.error, values), values };
}

function fieldErrors(error: z.ZodError, values: RawAnswers): FieldError[] {
  const byKey = new Map<AnswerKey, ErrorCode>();
  for (const issue of error.issues) {
    const key = issue.path[0] as AnswerKey;
    if (!byKey.has(key)) byKey.set(key, errorCode(issue, values[key]));
  }
  return ANSWER_KEYS.flatMap((key) => {
    const code = byKey.get(key);
    return code === undefined ? [] : [{ path: key, code }];
  });
}

function errorCode(issue: z.core.$ZodIssue, raw: string | undefined): ErrorCode {
  switch (issue.code) {
    case "custom":
      return (issue.params?.code as ErrorCode | undefined) ?? "invalid_choice";
    case "too_small":
      return "too_small";
    case "too_big":
      return "too_large";
    case "invalid_type":
      return raw === undefined ? "required" : "not_integer";
    default:
      return "invalid_choice";
  }
}
