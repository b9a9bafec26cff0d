import { z } from "zod";
import { NUMBER_FIELDS } from "./number-fields";
import { readWholeNumber } from "./numbers";
import {
  AMOUNT_MAX,
  AMOUNT_MIN,
  CONTACT_VALUES,
  DAYS_MAX,
  DAYS_MIN,
  HISTORY_VALUES,
  LENDER_ALIASES,
  LENDER_IDS,
  REGION_VALUES,
  type ErrorCode,
} from "./options";

/** The answers as the rest of the product uses them (already parsed). */
export const answersSchema = z.object({
  lender: z.enum(LENDER_IDS),
  days: z.int().min(DAYS_MIN).max(DAYS_MAX),
  amount: z.int().min(AMOUNT_MIN).max(AMOUNT_MAX),
  contact: z.enum(CONTACT_VALUES),
  region: z.enum(REGION_VALUES).optional(),
  history: z.enum(HISTORY_VALUES).optional(),
  /** Paying part of what is owed. Only `true` or absent, so the URL form has one spelling. */
  partial: z.literal(true).optional(),
});

export type Answers = z.infer<typeof answersSchema>;

type Ctx = z.core.$RefinementCtx;

/** Adds an issue whose stable code survives into parseAnswers' errors. */
function fail(ctx: Ctx, code: ErrorCode): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message: code, params: { code } });
  return z.NEVER;
}

const wholeNumber = (min: number, max: number, options: Parameters<typeof readWholeNumber>[1]) =>
  z
    .string()
    .transform((raw, ctx) => {
      const read = readWholeNumber(raw, options);
      return read.ok ? read.value : fail(ctx, read.code);
    })
    .pipe(z.int().min(min).max(max));

/** Choice values are matched trimmed and case-insensitively; an empty field counts as missing. */
const requiredChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((raw, ctx) => {
      const s = raw.trim().toLowerCase();
      return s === "" ? fail(ctx, "required") : s;
    })
    .pipe(z.enum(values));

/** An optional select left on its empty option sends "", which means "not answered". */
const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((raw) => {
      const s = raw?.trim().toLowerCase();
      return s === "" ? undefined : s;
    })
    .pipe(z.enum(values).optional());

/** A checkbox: "1" (ours), "on" (a checkbox without a value) or "true"; unchecked is absent, "" or "0". */
const checkbox = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const s = raw?.trim().toLowerCase();
    if (s === undefined || s === "" || s === "0") return undefined;
    if (s === "1" || s === "on" || s === "true") return true as const;
    return fail(ctx, "invalid_choice");
  });

/** The lender: like requiredChoice, plus old ids that shared links still carry (bank-card → bank-loan). */
const lenderChoice = z
  .string()
  .transform((raw, ctx) => {
    const s = raw.trim().toLowerCase();
    return s === "" ? fail(ctx, "required") : (LENDER_ALIASES[s] ?? s);
  })
  .pipe(z.enum(LENDER_IDS));

/** Raw query strings (first value of each key) to answers. Use parseAnswers rather than this directly. */
export const queryAnswersSchema = z.object({
  lender: lenderChoice,
  days: wholeNumber(NUMBER_FIELDS.days.min, NUMBER_FIELDS.days.max, NUMBER_FIELDS.days.read),
  amount: wholeNumber(NUMBER_FIELDS.amount.min, NUMBER_FIELDS.amount.max, NUMBER_FIELDS.amount.read),
  contact: requiredChoice(CONTACT_VALUES),
  region: optionalChoice(REGION_VALUES),
  history: optionalChoice(HISTORY_VALUES),
  partial: checkbox,
});
