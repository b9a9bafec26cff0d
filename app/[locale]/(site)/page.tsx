import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { alternatesFor } from "@/lib/i18n/metadata";

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: alternatesFor(await getLocale(), "/") };
}

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("intro")}</p>
    </section>
  );
}
