import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { messagesFor, type Messages } from "./messages";
import type { AppLocale } from "./routing";

/**
 * A typed translator for one locale and namespace, as a plain function: components call it instead of
 * request-scoped hooks, so the same component renders inside a route handler (react-dom/server) too.
 */
export function translator<const N extends NamespaceKeys<Messages, NestedKeyOf<Messages>> = never>(locale: AppLocale, namespace?: N) {
  return createTranslator<Messages, N>({ locale, messages: messagesFor(locale), namespace, timeZone: "Asia/Shanghai" });
}
