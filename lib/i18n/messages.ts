import type { AppLocale } from "./routing";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";

/** zh-Hans is the reference shape; the parity test keeps zh-Hant identical in keys. */
export type Messages = typeof zhHans;

const byLocale: Record<AppLocale, Messages> = { "zh-Hans": zhHans, "zh-Hant": zhHant };

export function messagesFor(locale: AppLocale): Messages {
  return byLocale[locale];
}
