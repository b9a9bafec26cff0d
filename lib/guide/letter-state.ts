import { DEFAULT_LETTER_SCRIPT, type LetterInput, type LetterResult } from "./letter";

/** What the letter form shows: the values typed (kept so a corrected form is not emptied) and the outcome. */
export interface LetterState {
  readonly input: LetterInput;
  readonly result: LetterResult | null;
}

export const EMPTY_LETTER_STATE: LetterState = {
  input: { lender: "", amount: "", monthly: "", reason: "", details: "", card: "", script: DEFAULT_LETTER_SCRIPT },
  result: null,
};
