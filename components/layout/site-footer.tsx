import { CONTENT_CHECKED } from "@/lib/content/checked";
import { formatIsoDate } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

/** Not legal advice, what the site and its caches keep and the date the content was last checked. */
export function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = translator(locale, "site");
  return (
    <footer className="mt-12 border-t border-brand-100 bg-brand-50 text-sm text-gray-700">
      <div className="mx-auto max-w-2xl space-y-2 px-4 py-6">
        <p>{t("disclaimer")}</p>
        <p>{t("privacy")}</p>
        <p>{t("checked", { date: formatIsoDate(CONTENT_CHECKED, locale) })}</p>
        <p>
          <a href={`/${locale}/share`} className="text-brand-700 underline">
            {translator(locale, "embedKit")("footerLink")}
          </a>
        </p>
      </div>
    </footer>
  );
}
