// The browser's letter kits: the same letter messages the server uses, filled by the same ICU formatter
// (use-intl's createTranslator, which next-intl's translator wraps), so both paths write the same text.
import { createTranslator } from "use-intl/core";
import { LETTER_SCRIPTS, type LetterKit, type LetterScript, type LetterTranslate } from "@/lib/guide/letter";
import type { LetterData } from "@/lib/guide/letter-kit";

export function kitsFrom(data: Readonly<Record<LetterScript, LetterData>>): Record<LetterScript, LetterKit> {
  return Object.fromEntries(
    LETTER_SCRIPTS.map((script) => {
      const t = createTranslator({ locale: script, messages: { letter: data[script].messages }, namespace: "letter", timeZone: "Asia/Shanghai" });
      const translate: LetterTranslate = t;
      return [script, { t: translate, cardRule: data[script].cardRule }];
    }),
  ) as Record<LetterScript, LetterKit>;
}

/** One page message filled in the browser by the same ICU formatter (e.g. the months note, with {months}). */
export function formatPageMessage(locale: LetterScript, message: string, values: Record<string, number | string>): string {
  const t = createTranslator({ locale, messages: { page: { message } }, namespace: "page", timeZone: "Asia/Shanghai" });
  return t("message", values);
}
