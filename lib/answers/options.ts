/** The answer choices, as const arrays so the form can render them in this order. */
export { LENDER_ALIASES, LENDER_IDS, type LenderId } from "../rules/ids";

export const CONTACT_VALUES = ["repaying", "negotiating", "ignoring", "unreachable"] as const;
export type Contact = (typeof CONTACT_VALUES)[number];

export const REGION_VALUES = ["tier1", "city", "rural"] as const;
export type Region = (typeof REGION_VALUES)[number];

export const HISTORY_VALUES = ["first", "repeat"] as const;
export type History = (typeof HISTORY_VALUES)[number];

/** Query keys in the fixed order the serializer writes them. */
export const ANSWER_KEYS = ["lender", "days", "amount", "contact", "region", "history", "partial"] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

export const DAYS_MIN = 0;
export const DAYS_MAX = 3650;
export const AMOUNT_MIN = 1;
export const AMOUNT_MAX = 10_000_000;

/** Stable machine codes for field errors; pages map them to localized messages. */
export const ERROR_CODES = ["required", "invalid_number", "not_integer", "too_small", "too_large", "invalid_choice"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
