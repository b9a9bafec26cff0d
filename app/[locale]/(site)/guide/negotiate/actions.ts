"use server";

import { composeLetter, letterInputFrom } from "@/lib/guide/letter";
import type { LetterState } from "@/lib/guide/letter-state";
import { messagesFor } from "@/lib/i18n/messages";

/**
 * The no-JavaScript path of the letter generator: the form posts here, the letter is written with the
 * same pure function the browser uses, and the page renders it. Nothing is stored or logged, and the
 * inputs travel only in the POST body and the uncached response (Next sends no-store for actions).
 * The letter's script is the one the form asks for (Simplified by default), whatever the page's.
 */
export async function generateLetter(_previous: LetterState, form: FormData): Promise<LetterState> {
  const input = letterInputFrom((name) => form.get(name));
  const words = { "zh-Hans": messagesFor("zh-Hans").letter, "zh-Hant": messagesFor("zh-Hant").letter };
  return { input, result: composeLetter(input, words) };
}
