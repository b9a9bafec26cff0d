import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

interface Props {
  locale: AppLocale;
  kind: "notFound" | "error";
  /** For the error page: the same URL again (a plain link, so retrying needs no JavaScript). */
  retryHref?: string;
}

/** The 404 and error pages' content: what happened, in the reader's script, and a way on. No details. */
export function StatusPage({ locale, kind, retryHref }: Props) {
  const t = translator(locale, kind);
  const tError = translator(locale, "error");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("body")}</p>
      <p className="flex flex-wrap gap-4">
        {retryHref ? (
          <a href={retryHref} className="font-medium text-brand-700 underline">
            {tError("retry")}
          </a>
        ) : null}
        <a href={`/${locale}`} className="font-medium text-brand-700 underline">
          {t("back")}
        </a>
      </p>
    </section>
  );
}
