import type { ErrorCode, FieldError, RawAnswers } from "@/lib/answers";
import { AMOUNT_MAX, AMOUNT_MIN, DAYS_MAX, DAYS_MIN } from "@/lib/answers";

export type ErrorsByField = Partial<Record<keyof RawAnswers, ErrorCode>>;

export function errorsByField(errors: readonly FieldError[]): ErrorsByField {
  return Object.fromEntries(errors.map((e) => [e.path, e.code]));
}

/** The limits a too_small/too_large message names, per numeric field. */
export const FIELD_LIMITS: Partial<Record<keyof RawAnswers, { min: number; max: number }>> = {
  days: { min: DAYS_MIN, max: DAYS_MAX },
  amount: { min: AMOUNT_MIN, max: AMOUNT_MAX },
};
