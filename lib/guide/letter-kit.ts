import compile from "icu-minify/compile";
import type { CompiledMessage } from "icu-minify/format";
import { inScript } from "@/lib/i18n/localized";
import { messagesFor } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translator";
import { getSource } from "@/lib/sources";
import { LETTER_SCRIPTS, type LetterKey, type LetterKit, type LetterScript } from "./letter";

/** The rule a credit-card holder cites when asking for a personalised instalment plan (up to 5 years). */
const CARD_INSTALMENT_RULE = "credit-card-measures-2011-70";

/**
 * What the browser needs to write the letter in one script: the letter's messages by key, precompiled
 * (icu-minify, next-intl's own compiler), so the island carries only the small ICU formatter and no
 * parser; and the card rule.
 */
export interface LetterData {
  readonly messages: Readonly<Record<LetterKey, CompiledMessage>>;
  readonly cardRule: LetterKit["cardRule"];
}

type Tree = { readonly [key: string]: string | Tree };
function compiled(tree: Tree, prefix = ""): Record<string, CompiledMessage> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, compile(value)]] : Object.entries(compiled(value, `${prefix}${key}.`)),
    ),
  );
}

export function cardRule(script: LetterScript): LetterKit["cardRule"] {
  const source = getSource(CARD_INSTALMENT_RULE);
  return { law: inScript(source.title, script), article: source.article ? inScript(source.article, script) : "" };
}

/** The letter's data in both scripts, for the island (the same words and rule the server uses). */
export function letterData(): Record<LetterScript, LetterData> {
  return Object.fromEntries(LETTER_SCRIPTS.map((script) => [script, { messages: compiled(messagesFor(script).letter) as Record<LetterKey, CompiledMessage>, cardRule: cardRule(script) }])) as Record<
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
