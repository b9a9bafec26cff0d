import { SCAMS } from "@/lib/guide/scams";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { Citations } from "./citations";
import { citationWordsFor, GuideFrame } from "./guide-frame";

/** Scams that prey on overdue borrowers: the signs and what to do, each with its sources. */
export function ScamsGuide({ locale }: { locale: AppLocale }) {
  const t = translator(locale, "scams");
  const cite = citationWordsFor(locale);
  return (
    <GuideFrame locale={locale} section="scams" title={t("title")} intro={t("intro")}>
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
    </GuideFrame>
  );
}
