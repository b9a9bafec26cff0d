import { CHECK_KINDS, type CheckKind } from "@/lib/guide/legal-check";
import { MESSAGE_LIMITS } from "./limits";
import { parseReceivedAt } from "./night";

export const INPUT_ERRORS = ["empty", "tooLong", "receivedAt"] as const;
export type InputError = (typeof INPUT_ERRORS)[number];

/** What the form holds, as typed (kept when the page shows it again). */
export interface CheckFormValues {
  readonly text: string;
  readonly kind: CheckKind;
  readonly receivedAt: string;
}

export type CheckFormResult =
  | { readonly ok: true; readonly values: CheckFormValues }
  | { readonly ok: false; readonly values: CheckFormValues; readonly errors: Partial<Record<"text" | "receivedAt", InputError>> };

function isKind(value: string): value is CheckKind {
  return (CHECK_KINDS as readonly string[]).includes(value);
}

/**
 * Reads the form the same way on the server (the no-JavaScript POST) and in the browser (the island):
 * the message (1 to 2,000 characters), the kind of lender (unknown when missing or not a kind) and the
 * time received (empty, or a real local time).
 */
export function readCheckForm(get: (name: string) => unknown): CheckFormResult {
  const field = (name: string) => {
    const value = get(name);
    return typeof value === "string" ? value : "";
  };
  const kindValue = field("kind");
  const values: CheckFormValues = { text: field("text"), kind: isKind(kindValue) ? kindValue : "unknown", receivedAt: field("receivedAt").trim() };
  const errors: Partial<Record<"text" | "receivedAt", InputError>> = {};
  if (values.text.trim() === "") errors.text = "empty";
  else if (values.text.length > MESSAGE_LIMITS.maxChars) errors.text = "tooLong";
  if (values.receivedAt !== "" && parseReceivedAt(values.receivedAt) === undefined) errors.receivedAt = "receivedAt";
  return Object.keys(errors).length > 0 ? { ok: false, values, errors } : { ok: true, values };
}
