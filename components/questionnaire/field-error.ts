import type { ErrorCode, FieldError, RawAnswers } from "@/lib/answers";
import { NUMBER_FIELDS } from "@/lib/answers/number-fields";

export type ErrorsByField = Partial<Record<keyof RawAnswers, ErrorCode>>;

export function errorsByField(errors: readonly FieldError[]): ErrorsByField {
  return Object.fromEntries(errors.map((e) => [e.path, e.code]));
}

/** The limits a too_small/too_large message names, per numeric field. */
export const FIELD_LIMITS = {
  days: { min: NUMBER_FIELDS.days.min, max: NUMBER_FIELDS.days.max },
  amount: { min: NUMBER_FIELDS.amount.min, max: NUMBER_FIELDS.amount.max },
} as const satisfies Partial<Record<keyof RawAnswers, { min: number; max: number }>>;

export function limitsFor(field: keyof RawAnswers): { min: number; max: number } {
  return field === "days" || field === "amount" ? FIELD_LIMITS[field] : { min: 0, max: 0 };
}
