import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Citations } from "@/components/guide/citations";
import { citationWords, GuideShell } from "@/components/guide/guide-shell";
import { SCAMS } from "@/lib/guide/scams";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import { alternatesFor } from "@/lib/i18n/metadata";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("scams");
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: alternatesFor(locale, GUIDE_PATHS.scams) };
}

export default async function ScamsPage() {
  const locale = await getLocale();
  const t = await getTranslations("scams");
  const cite = await citationWords();
  return (
    <GuideShell section="scams" title={t("title")} intro={t("intro")}>
      {SCAMS.map((scam) => (
        <section key={scam.id} id={scam.id} aria-labelledby={`${scam.id}-title`} className="space-y-3 rounded-lg border border-brand-100 p-4">
          <h2 id={`${scam.id}-title`} className="text-xl font-bold text-brand-800">
            {t(`${scam.id}.title`)}
          </h2>
          <p>{t(`${scam.id}.lead`)}</p>
          <h3 className="font-bold">{t("signsLabel")}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {scam.signs.map((key) => (
              <li key={key}>{t(`${scam.id}.${key}` as `fakeCollectors.s1`)}</li>
            ))}
          </ul>
          <h3 className="font-bold">{t("todoLabel")}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {scam.todo.map((key) => (
              <li key={key}>{t(`${scam.id}.${key}` as `fakeCollectors.t1`)}</li>
            ))}
          </ul>
          <Citations ids={scam.cites} locale={locale} {...cite} />
        </section>
      ))}
    </GuideShell>
  );
}
