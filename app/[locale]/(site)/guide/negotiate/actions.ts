"use server";

import { composeLetter, letterInputFrom } from "@/lib/guide/letter";
import type { LetterState } from "@/lib/guide/letter-state";
import { messagesFor } from "@/lib/i18n/messages";
import { isAppLocale, routing } from "@/lib/i18n/routing";

/**
 * The no-JavaScript path of the letter generator: the form posts here, the letter is written with the
 * same pure function the browser uses, and the page renders it. Nothing is stored or logged, and the
 * inputs travel only in the POST body and the uncached response (Next sends no-store for actions).
 */
export async function generateLetter(_previous: LetterState, form: FormData): Promise<LetterState> {
  const requested = form.get("locale");
  const locale = isAppLocale(requested) ? requested : routing.defaultLocale;
  const input = letterInputFrom((name) => form.get(name));
  return { input, result: composeLetter(input, messagesFor(locale).letter, locale) };
}
