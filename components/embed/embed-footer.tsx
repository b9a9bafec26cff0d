import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { FullSiteLink } from "./embed-links";

/** Who made the widget, as a link to the full site, and the one warning that cannot wait. */
export function EmbedFooter({ locale }: { locale: AppLocale }) {
  const t = translator(locale, "embed");
  const site = translator(locale, "site")("name");
  return (
    <footer className="mt-4 space-y-1 border-t border-brand-100 pt-2 text-sm text-gray-700">
      <p>
        <FullSiteLink href={`/${locale}/guide/door`}>{t("door")}</FullSiteLink>
      </p>
      <p>
        <FullSiteLink href={`/${locale}`} className="text-gray-700 underline">
          {t("poweredBy", { site })}
        </FullSiteLink>
      </p>
    </footer>
  );
}
