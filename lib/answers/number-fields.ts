import { readWholeNumber } from "./numbers";
import { AMOUNT_MAX, AMOUNT_MIN, DAYS_MAX, DAYS_MIN, type ErrorCode } from "./options";

/**
 * The numeric answers and their limits: one definition for the schema (server) and the form's
 * as-you-type check (browser), so both say the same thing. Small on purpose: no zod here.
 */
export const NUMBER_FIELDS = {
  days: { min: DAYS_MIN, max: DAYS_MAX, read: { suffixes: ["天", "日"] } },
  amount: { min: AMOUNT_MIN, max: AMOUNT_MAX, read: { suffixes: ["元", "块钱", "塊錢", "块", "塊"], allowWan: true } },
} as const;

export type NumberField = keyof typeof NUMBER_FIELDS;

/** The error code parseAnswers would report for this raw value, or null when it is fine. */
export function numberFieldError(field: NumberField, raw: string): ErrorCode | null {
  const { min, max, read } = NUMBER_FIELDS[field];
  const result = readWholeNumber(raw, read);
  if (!result.ok) return result.code;
  if (result.value < min) return "too_small";
  if (result.value > max) return "too_large";
  return null;
}
