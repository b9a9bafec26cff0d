import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { messagesFor, type Messages } from "./messages";
import type { AppLocale } from "./routing";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

// One translator per locale and namespace for the life of the process: each keeps the compiled ICU
// messages it has used, so a page does not re-parse its words on every request (messages never change
// while the server runs).
const translators = new Map<string, unknown>();

/**
 * A typed translator for one locale and namespace, as a plain function: components call it instead of
 * request-scoped hooks, so the same component renders inside a route handler (react-dom/server) too.
 */
export function translator<const N extends Namespace = never>(locale: AppLocale, namespace?: N) {
  const key = `${locale}:${namespace ?? ""}`;
  let t = translators.get(key) as ReturnType<typeof createTranslator<Messages, N>> | undefined;
  if (t === undefined) {
    t = createTranslator<Messages, N>({ locale, messages: messagesFor(locale), namespace, timeZone: "Asia/Shanghai" });
    translators.set(key, t);
  }
  return t;
}
