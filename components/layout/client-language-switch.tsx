"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LOCALE_ENDONYMS, otherLocale } from "@/lib/i18n/locale-names";
import type { AppLocale } from "@/lib/i18n/routing";

interface Props {
  locale: AppLocale;
  label: string;
}

/**
 * The switch for the App Router pages that remain (result, verdict, rights, negotiate, legal check): their
 * layout cannot see the URL, so this reads it in the browser. Route-handler pages use the plain
 * <LanguageSwitch> link instead; delete this file with the last App Router page.
 */
export function ClientLanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} query="" />}>
      <SwitchWithQuery {...props} />
    </Suspense>
  );
}

function SwitchWithQuery(props: Props) {
  const query = useSearchParams().toString();
  return <SwitchLink {...props} query={query} />;
}

function SwitchLink({ locale, label, query }: Props & { query: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const target = otherLocale(locale);
  const rest = pathname.replace(/^\/[^/]+/, "");
  const href = `/${target}${rest}${query ? `?${query}` : ""}`;
  return (
    <nav aria-label={label}>
      <a
        href={href}
        hrefLang={target}
        lang={target}
        className="inline-block rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
      >
        {LOCALE_ENDONYMS[target]}
      </a>
    </nav>
  );
}
