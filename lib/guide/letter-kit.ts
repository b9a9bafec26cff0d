import { inScript } from "@/lib/i18n/localized";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translator";
import { getSource } from "@/lib/sources";
import { LETTER_SCRIPTS, type LetterKit, type LetterScript } from "./letter";

/** The rule a credit-card holder cites when asking for a personalised instalment plan (up to 5 years). */
const CARD_INSTALMENT_RULE = "credit-card-measures-2011-70";

/** What the browser needs to write the letter in one script: the raw letter messages and the card rule. */
export interface LetterData {
  readonly messages: Messages["letter"];
  readonly cardRule: LetterKit["cardRule"];
}

export function cardRule(script: LetterScript): LetterKit["cardRule"] {
  const source = getSource(CARD_INSTALMENT_RULE);
  return { law: inScript(source.title, script), article: source.article ? inScript(source.article, script) : "" };
}

/** The letter's data in both scripts, for the island (the same words and rule the server uses). */
export function letterData(): Record<LetterScript, LetterData> {
  return Object.fromEntries(LETTER_SCRIPTS.map((script) => [script, { messages: messagesFor(script).letter, cardRule: cardRule(script) }])) as Record<
    LetterScript,
    LetterData
  >;
}

/** The server's kits: the translator for the letter namespace in each script (ICU), and the card rule. */
export function letterKits(): Record<LetterScript, LetterKit> {
  return Object.fromEntries(LETTER_SCRIPTS.map((script) => [script, { t: translator(script, "letter"), cardRule: cardRule(script) }])) as Record<
    LetterScript,
    LetterKit
  >;
}
