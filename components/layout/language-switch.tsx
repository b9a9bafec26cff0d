"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LOCALE_ENDONYMS, otherLocale } from "@/lib/i18n/locale-names";
import type { AppLocale } from "@/lib/i18n/routing";

interface Props {
  locale: AppLocale;
  label: string;
}

/** Same page and same answers in the other script: only the locale segment of the URL changes. */
export function LanguageSwitch(props: Props) {
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
