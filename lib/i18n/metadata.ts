import type { Metadata } from "next";
import { routing, type AppLocale } from "./routing";

/** Turns a locale-less path and optional query into the href for one locale. */
export function localizedHref(locale: AppLocale, path: string, query?: string): string {
  const clean = path === "/" ? "" : path;
  return `/${locale}${clean}${query ? `?${query}` : ""}`;
}

/** hreflang alternates and canonical for a page, the same path in each script. */
export function alternatesFor(locale: AppLocale, path: string, query?: string): Metadata["alternates"] {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, localizedHref(l, path, query)]));
  return {
    canonical: localizedHref(locale, path, query),
    languages: { ...languages, "x-default": localizedHref(routing.defaultLocale, path, query) },
  };
}
