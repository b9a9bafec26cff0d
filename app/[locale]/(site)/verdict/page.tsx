import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LevelMeter } from "@/components/result/level-meter";
import { alternatesFor } from "@/lib/i18n/metadata";
import { HORIZON_DAYS } from "@/lib/rules";
import { hasWindow, parseVerdict, serializeVerdict, type Verdict } from "@/lib/sharing/verdict-link";

export async function generateMetadata({ searchParams }: PageProps<"/[locale]/verdict">): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("result");
  const verdict = parseVerdict(await searchParams);
  const robots = { index: false, follow: true };
  if (!verdict) return { robots };
  const title = t("verdictOnlyTitle", { level: t(`levels.${verdict.level}`), horizon: HORIZON_DAYS.value });
  const description = t("metaDescription", { level: t(`levels.${verdict.level}`), window: windowText(t, verdict), horizon: HORIZON_DAYS.value });
  return { title: { absolute: title }, description, robots, alternates: alternatesFor(locale, "/verdict", serializeVerdict(verdict)) };
}

/** A shared verdict without the sender's amount or days: the level, the window, and a way to ask for oneself. */
export default async function VerdictPage({ searchParams }: PageProps<"/[locale]/verdict">) {
  const locale = await getLocale();
  const t = await getTranslations("result");
  const tq = await getTranslations("questionnaire");
  const verdict = parseVerdict(await searchParams);
  return (
    <div className="space-y-6">
      {verdict && (
        <section className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <p className="text-sm text-gray-700">{t("verdictOnlyNote")}</p>
          <h1 className="text-2xl font-bold text-brand-800">{t("verdictOnlyTitle", { level: t(`levels.${verdict.level}`), horizon: HORIZON_DAYS.value })}</h1>
          <LevelMeter locale={locale} level={verdict.level} />
          <p>
            {windowText(t, verdict)}
            {verdict.phase && verdict.phase !== "not_overdue" && <> {t(`verdictPhase.${verdict.phase}`)}</>}
          </p>
        </section>
      )}
      {!verdict && <h1 className="text-2xl font-bold text-brand-800">{tq("title")}</h1>}
      <p>
        <a href={`/${locale}`} className="inline-block rounded-md bg-brand-600 px-4 py-3 font-bold text-white">
          {tq("submit")}
        </a>
      </p>
      <p className="text-sm text-gray-700">{t("disclaimer")}</p>
    </div>
  );
}

function windowText(t: Awaited<ReturnType<typeof getTranslations<"result">>>, verdict: Verdict): string {
  return hasWindow(verdict) ? t("metaWindow", { from: verdict.from, to: verdict.to }) : t("metaWindowNone");
}
