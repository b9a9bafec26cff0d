"use client";

import { useLocale, useTranslations } from "next-intl";

// Shown instead of any framework error text: no stack trace or digest reaches the user.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error");
  const locale = useLocale();
  return (
    <section className="space-y-4" role="alert">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("body")}</p>
      <p className="flex gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white">
          {t("retry")}
        </button>
        <a href={`/${locale}`} className="px-2 py-2 font-medium text-brand-700 underline">
          {t("back")}
        </a>
      </p>
    </section>
  );
}
