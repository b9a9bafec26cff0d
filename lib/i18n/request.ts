import { locale as rootLocale } from "next/root-params";
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./messages";
import { isAppLocale, routing } from "./routing";

// The locale comes from the root [locale] segment; anything else (a stray path) falls back to the default.
export default getRequestConfig(async ({ locale: explicit }) => {
  const fromSegment = explicit ?? (await rootLocale().catch(() => undefined));
  const locale = isAppLocale(fromSegment) ? fromSegment : routing.defaultLocale;
  return { locale, messages: messagesFor(locale), timeZone: "Asia/Shanghai" };
});
