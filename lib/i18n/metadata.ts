import type { AppLocale } from "./routing";

/** Turns a locale-less path and optional query into the href for one locale. */
export function localizedHref(locale: AppLocale, path: string, query?: string): string {
  const clean = path === "/" ? "" : path;
  return `/${locale}${clean}${query ? `?${query}` : ""}`;
}
