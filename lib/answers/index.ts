export {
  AMOUNT_MAX,
  AMOUNT_MIN,
  ANSWER_KEYS,
  CONTACT_VALUES,
  DAYS_MAX,
  DAYS_MIN,
  ERROR_CODES,
  HISTORY_VALUES,
  LENDER_IDS,
  REGION_VALUES,
  type AnswerKey,
  type Contact,
  type ErrorCode,
  type History,
  type LenderId,
  type Region,
} from "./options";
export { answersSchema, type Answers } from "./schema";
export { parseAnswers, rawAnswers, type AnswersInput, type FieldError, type ParseResult, type RawAnswers } from "./parse";
export { answersToSearchParams, serializeAnswers } from "./serialize";
export { readWholeNumber } from "./numbers";
