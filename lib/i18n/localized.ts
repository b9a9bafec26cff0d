/**
 * Text (or any value) in both scripts, as data carries it: source titles, lender names, practice notes,
 * and the estimate's output (design.md). Pure: lib/rules and lib/sources import it.
 */
export type Script = "zh-Hans" | "zh-Hant";

export interface Localized<T> {
  readonly "zh-Hans": T;
  readonly "zh-Hant": T;
}

/** The one way to read a Localized value for a page's (or a letter's) script. */
export function inScript<T>(value: Localized<T>, script: Script): T {
  return value[script];
}
