// The browser's letter kits: the same letter messages the server uses, precompiled on the server and filled
// here by icu-minify's formatter (the one next-intl uses for precompiled messages), so both paths write the
// same text (client/lib/letter-kits.test.ts) while the island ships no ICU parser.
import format, { type CompiledMessage, type FormatOptions } from "icu-minify/format";
import { LETTER_SCRIPTS, type LetterKit, type LetterScript, type LetterTranslate } from "@/lib/guide/letter";
import type { LetterData } from "@/lib/guide/letter-kit";

const OPTIONS: FormatOptions = {
  formatters: {
    getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
    getNumberFormat: (...args) => new Intl.NumberFormat(...args),
    getPluralRules: (...args) => new Intl.PluralRules(...args),
  },
  timeZone: "Asia/Shanghai",
};

function fill(message: CompiledMessage, locale: LetterScript, values?: Record<string, string | number>): string {
  return String(format(message, locale, values, OPTIONS));
}

export function kitsFrom(data: Readonly<Record<LetterScript, LetterData>>): Record<LetterScript, LetterKit> {
  return Object.fromEntries(
    LETTER_SCRIPTS.map((script) => {
      const t: LetterTranslate = (key, values) => fill(data[script].messages[key], script, values);
      return [script, { t, cardRule: data[script].cardRule }];
    }),
  ) as Record<LetterScript, LetterKit>;
}

/** One page message, precompiled on the server, filled in the browser (e.g. the months note, with {months}). */
export function formatPageMessage(locale: LetterScript, message: CompiledMessage, values: Record<string, number | string>): string {
  return fill(message, locale, values);
}
