import { getLocale, getTranslations } from "next-intl/server";

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations("notFound");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <a href={`/${locale}`} className="font-medium text-brand-700 underline">
          {t("back")}
        </a>
      </p>
    </section>
  );
}
