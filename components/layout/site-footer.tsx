import { getTranslations } from "next-intl/server";
import { CONTENT_CHECKED } from "@/lib/content/checked";

export async function SiteFooter() {
  const t = await getTranslations("site");
  return (
    <footer className="mt-12 border-t border-brand-100 bg-brand-50 text-sm text-gray-700">
      <div className="mx-auto max-w-2xl space-y-2 px-4 py-6">
        <p>{t("disclaimer")}</p>
        <p>{t("privacy")}</p>
        <p>{t("checked", { date: CONTENT_CHECKED })}</p>
      </div>
    </footer>
  );
}
